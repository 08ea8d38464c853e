<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>seika::app::Startup</name>
    <message>
        <source>User interface language: ja (Japanese, the default) or en (English).</source>
        <translation>User interface language: ja (Japanese, the default) or en (English).</translation>
    </message>
    <message>
        <source>Seika: policy evaluation (施策評価) for Japanese municipalities.</source>
        <translation>Seika: policy evaluation (施策評価) for Japanese municipalities.</translation>
    </message>
    <message>
        <source>The Seika document (.seika) to open. Without it, the default document opens, created from the Kawasaki City sample the first time.</source>
        <translation>The Seika document (.seika) to open. Without it, the default document opens, created from the Kawasaki City sample the first time.</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use ja or en.</source>
        <translation>Unknown language “%1”: use ja or en.</translation>
    </message>
    <message>
        <source>Give at most one document to open.</source>
        <translation>Give at most one document to open.</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>Could not open “%1”.</translation>
    </message>
</context>
<context>
    <name>seika::cli::Cli</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>The option --%1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Unknown option: %1</translation>
    </message>
    <message>
        <source>Usage: seika-cli init FILE [--sample kawasaki | --empty]
Creates a new Seika document at FILE (which must not exist), from the Kawasaki sample (the default) or empty.</source>
        <translation>Usage: seika-cli init FILE [--sample kawasaki | --empty]
Creates a new Seika document at FILE (which must not exist), from the Kawasaki sample (the default) or empty.</translation>
    </message>
    <message>
        <source>Usage: seika-cli [--db FILE] summary [--year FY] [--format text|json]
Prints the document: hierarchy, indicators with baselines, targets and actuals, and the grades for the fiscal year FY (default: the latest year with data). FY takes 2017, 2017年度, H29, R3, 平成29年度, 令和元年度 and the like.</source>
        <translation>Usage: seika-cli [--db FILE] summary [--year FY] [--format text|json]
Prints the document: hierarchy, indicators with baselines, targets and actuals, and the grades for the fiscal year FY (default: the latest year with data). FY takes 2017, 2017年度, H29, R3, 平成29年度, 令和元年度 and the like.</translation>
    </message>
    <message>
        <source>Usage: seika-cli [--db FILE] evaluate --year FY [--measure ID] [--format text|json]
Judges each indicator of the measure for FY and suggests the grade, explaining why. Without --measure every measure is evaluated.</source>
        <translation>Usage: seika-cli [--db FILE] evaluate --year FY [--measure ID] [--format text|json]
Judges each indicator of the measure for FY and suggests the grade, explaining why. Without --measure every measure is evaluated.</translation>
    </message>
    <message>
        <source>Usage: seika-cli [--db FILE] export-json --out FILE
Writes the document as a JSON exchange file (docs/json-format.md).</source>
        <translation>Usage: seika-cli [--db FILE] export-json --out FILE
Writes the document as a JSON exchange file (docs/json-format.md).</translation>
    </message>
    <message>
        <source>Usage: seika-cli import-json FILE --out NEWFILE
Reads a JSON exchange file and creates the Seika document NEWFILE (which must not exist).</source>
        <translation>Usage: seika-cli import-json FILE --out NEWFILE
Reads a JSON exchange file and creates the Seika document NEWFILE (which must not exist).</translation>
    </message>
    <message>
        <source>Usage: seika-cli [--db FILE] [--lang ja|en] COMMAND [OPTIONS]

Commands:
  init FILE [--sample kawasaki|--empty]   create a document
  summary [--year FY] [--format text|json] print the document and its grades
  evaluate --year FY [--measure ID] [--format text|json]
                                          judge the indicators and suggest the grade
  export-json --out FILE                  write the JSON exchange file
  import-json FILE --out NEWFILE          create a document from a JSON file

Without --db the user&apos;s default document is used (created from the sample when missing).
Run seika-cli COMMAND --help for the options of a command.
Exit codes: 0 success, 1 usage error, 2 bad data or file.</source>
        <translation>Usage: seika-cli [--db FILE] [--lang ja|en] COMMAND [OPTIONS]

Commands:
  init FILE [--sample kawasaki|--empty]   create a document
  summary [--year FY] [--format text|json] print the document and its grades
  evaluate --year FY [--measure ID] [--format text|json]
                                          judge the indicators and suggest the grade
  export-json --out FILE                  write the JSON exchange file
  import-json FILE --out NEWFILE          create a document from a JSON file

Without --db the user&apos;s default document is used (created from the sample when missing).
Run seika-cli COMMAND --help for the options of a command.
Exit codes: 0 success, 1 usage error, 2 bad data or file.</translation>
    </message>
    <message>
        <source>above baseline</source>
        <translation>above baseline</translation>
    </message>
    <message>
        <source>level with baseline</source>
        <translation>level with baseline</translation>
    </message>
    <message>
        <source>below baseline</source>
        <translation>below baseline</translation>
    </message>
    <message>
        <source>far below baseline</source>
        <translation>far below baseline</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>not judged</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>achieved</translation>
    </message>
    <message>
        <source>not achieved</source>
        <translation>not achieved</translation>
    </message>
    <message>
        <source>Run seika-cli --help for usage.</source>
        <translation>Run seika-cli --help for usage.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>The option %1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use ja or en.</source>
        <translation>Unknown language “%1”: use ja or en.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unknown command “%1”.</translation>
    </message>
    <message>
        <source>init takes exactly one FILE.</source>
        <translation>init takes exactly one FILE.</translation>
    </message>
    <message>
        <source>Choose either --sample or --empty.</source>
        <translation>Choose either --sample or --empty.</translation>
    </message>
    <message>
        <source>Unknown sample “%1”; the bundled sample is kawasaki.</source>
        <translation>Unknown sample “%1”; the bundled sample is kawasaki.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Created %1</translation>
    </message>
    <message>
        <source>summary takes no FILE; use --db FILE before the command.</source>
        <translation>summary takes no FILE; use --db FILE before the command.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use text or json.</source>
        <translation>Unknown format “%1”: use text or json.</translation>
    </message>
    <message numerus="yes">
        <source>Municipality: %1 (%n ward(s))</source>
        <translation>
            <numerusform>Municipality: %1 (%n ward)</numerusform>
            <numerusform>Municipality: %1 (%n wards)</numerusform>
        </translation>
    </message>
    <message>
        <source>Fiscal year: %1</source>
        <translation>Fiscal year: %1</translation>
    </message>
    <message>
        <source>Basic policy: %1</source>
        <translation>Basic policy: %1</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>Policy: %1</translation>
    </message>
    <message>
        <source>Measure %1: %2</source>
        <translation>Measure %1: %2</translation>
    </message>
    <message>
        <source>Direct goal: %1</source>
        <translation>Direct goal: %1</translation>
    </message>
    <message>
        <source>Programmes: %1</source>
        <translation>Programmes: %1</translation>
    </message>
    <message>
        <source>%1, earlier</source>
        <translation>%1, earlier</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>Baseline: %1</translation>
    </message>
    <message>
        <source>Targets: %1</source>
        <translation>Targets: %1</translation>
    </message>
    <message>
        <source>Actual %1: %2 — %3, %4</source>
        <translation>Actual %1: %2 — %3, %4</translation>
    </message>
    <message>
        <source>Suggested grade: %1</source>
        <translation>Suggested grade: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Chosen grade: %1</source>
        <translation>Chosen grade: %1</translation>
    </message>
    <message>
        <source>Direction: %1</source>
        <translation>Direction: %1</translation>
    </message>
    <message>
        <source>Chosen grade: not yet decided</source>
        <translation>Chosen grade: not yet decided</translation>
    </message>
    <message>
        <source>evaluate takes no FILE; use --db FILE before the command.</source>
        <translation>evaluate takes no FILE; use --db FILE before the command.</translation>
    </message>
    <message>
        <source>evaluate needs --year FY.</source>
        <translation>evaluate needs --year FY.</translation>
    </message>
    <message>
        <source>--measure takes the number of a measure, as summary shows it.</source>
        <translation>--measure takes the number of a measure, as summary shows it.</translation>
    </message>
    <message>
        <source>export-json needs --out FILE.</source>
        <translation>export-json needs --out FILE.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>import-json needs FILE and --out NEWFILE.</source>
        <translation>import-json needs FILE and --out NEWFILE.</translation>
    </message>
</context>
<context>
    <name>seika::core::Error</name>
    <message>
        <source>The year %1 is outside this document&apos;s years (%2).</source>
        <translation>The year %1 is outside this document&apos;s years (%2).</translation>
    </message>
    <message>
        <source>The year %1 is locked (確定) by %2 since %3; unlock it before editing.</source>
        <translation>The year %1 is locked (確定) by %2 since %3; unlock it before editing.</translation>
    </message>
    <message>
        <source>The year %1 is not locked.</source>
        <translation>The year %1 is not locked.</translation>
    </message>
    <message>
        <source>%1 is given twice; each indicator, year and area takes one figure.</source>
        <translation>%1 is given twice; each indicator, year and area takes one figure.</translation>
    </message>
    <message>
        <source>“%1” is in use by another Seika window or process (%2). Open it read-only, or close it there first.</source>
        <translation>“%1” is in use by another Seika window or process (%2). Open it read-only, or close it there first.</translation>
    </message>
    <message>
        <source>“%1” is open read-only; changes are not possible.</source>
        <translation>“%1” is open read-only; changes are not possible.</translation>
    </message>
    <message>
        <source>No fiscal year was given.</source>
        <translation>No fiscal year was given.</translation>
    </message>
    <message>
        <source>“%1” is not a fiscal year. Write it as 2017, 2017年度, H29, R3, 平成29年度 or 令和元年度.</source>
        <translation>“%1” is not a fiscal year. Write it as 2017, 2017年度, H29, R3, 平成29年度 or 令和元年度.</translation>
    </message>
    <message>
        <source>“%1” uses an unknown era. Known eras are 昭和 (S), 平成 (H) and 令和 (R).</source>
        <translation>“%1” uses an unknown era. Known eras are 昭和 (S), 平成 (H) and 令和 (R).</translation>
    </message>
    <message>
        <source>“%1” is not a year: era years start at 1 (元年).</source>
        <translation>“%1” is not a year: era years start at 1 (元年).</translation>
    </message>
    <message>
        <source>“%1” is outside the years Seika accepts (%2).</source>
        <translation>“%1” is outside the years Seika accepts (%2).</translation>
    </message>
    <message>
        <source>“%1” names two different years (%2).</source>
        <translation>“%1” names two different years (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” is not a number.</translation>
    </message>
    <message>
        <source>“%1” is negative; this field takes zero or more.</source>
        <translation>“%1” is negative; this field takes zero or more.</translation>
    </message>
    <message>
        <source>“%1” has a decimal part, but this field counts whole units.</source>
        <translation>“%1” has a decimal part, but this field counts whole units.</translation>
    </message>
    <message>
        <source>The numerator %1 is greater than the denominator %2.</source>
        <translation>The numerator %1 is greater than the denominator %2.</translation>
    </message>
    <message>
        <source>“%1” is more than 100%.</source>
        <translation>“%1” is more than 100%.</translation>
    </message>
    <message>
        <source>The denominator is zero, so no rate can be derived.</source>
        <translation>The denominator is zero, so no rate can be derived.</translation>
    </message>
    <message>
        <source>The code “%1” is used twice; codes must be unique in a document.</source>
        <translation>The code “%1” is used twice; codes must be unique in a document.</translation>
    </message>
    <message>
        <source>The code “%1” is not valid: use ASCII letters, digits, &apos;-&apos; and &apos;_&apos;, starting with a letter.</source>
        <translation>The code “%1” is not valid: use ASCII letters, digits, &apos;-&apos; and &apos;_&apos;, starting with a letter.</translation>
    </message>
    <message>
        <source>There is no indicator “%1” in this document.</source>
        <translation>There is no indicator “%1” in this document.</translation>
    </message>
    <message>
        <source>There is no area “%1” in this document.</source>
        <translation>There is no area “%1” in this document.</translation>
    </message>
    <message>
        <source>There is no measure “%1” in this document.</source>
        <translation>There is no measure “%1” in this document.</translation>
    </message>
    <message>
        <source>“%1” is not a grade; grades are A, B, C and D.</source>
        <translation>“%1” is not a grade; grades are A, B, C and D.</translation>
    </message>
    <message>
        <source>“%1” is not a direction; directions are I, II, III and IV.</source>
        <translation>“%1” is not a direction; directions are I, II, III and IV.</translation>
    </message>
    <message>
        <source>The chosen grade %1 differs from the suggested grade %2, so it needs a reason.</source>
        <translation>The chosen grade %1 differs from the suggested grade %2, so it needs a reason.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>The file “%1” does not exist.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read.</source>
        <translation>The file “%1” cannot be read.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written.</source>
        <translation>The file “%1” cannot be written.</translation>
    </message>
    <message>
        <source>The file “%1” already exists; Seika does not overwrite it.</source>
        <translation>The file “%1” already exists; Seika does not overwrite it.</translation>
    </message>
    <message>
        <source>“%1” is not a Seika document. It was left unchanged.</source>
        <translation>“%1” is not a Seika document. It was left unchanged.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer Seika (document version %2). Update Seika to open it; the file was left unchanged.</source>
        <translation>“%1” was written by a newer Seika (document version %2). Update Seika to open it; the file was left unchanged.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened. It was left unchanged.</source>
        <translation>“%1” is damaged and cannot be opened. It was left unchanged.</translation>
    </message>
    <message>
        <source>The document could not be read or written.</source>
        <translation>The document could not be read or written.</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded to this version of Seika; it was left as it was.</source>
        <translation>“%1” could not be upgraded to this version of Seika; it was left as it was.</translation>
    </message>
    <message>
        <source>The JSON text is not valid.</source>
        <translation>The JSON text is not valid.</translation>
    </message>
    <message>
        <source>The required field is missing.</source>
        <translation>The required field is missing.</translation>
    </message>
    <message>
        <source>The field has the wrong type: %1 was expected.</source>
        <translation>The field has the wrong type: %1 was expected.</translation>
    </message>
    <message>
        <source>The value “%1” is not allowed here.</source>
        <translation>The value “%1” is not allowed here.</translation>
    </message>
    <message>
        <source>The exchange file has format version %1, which this Seika cannot read.</source>
        <translation>The exchange file has format version %1, which this Seika cannot read.</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>Unknown error.</translation>
    </message>
    <message>
        <source>field: %1</source>
        <translation>field: %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
</context>
<context>
    <name>seika::core::Evaluator</name>
    <message>
        <source>no actual for %1</source>
        <translation>no actual for %1</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>achieved</translation>
    </message>
    <message>
        <source>not achieved</source>
        <translation>not achieved</translation>
    </message>
    <message>
        <source>%1 against the target %2: %3</source>
        <translation>%1 against the target %2: %3</translation>
    </message>
    <message>
        <source>%1 against %2 on the path to the next target: %3</source>
        <translation>%1 against %2 on the path to the next target: %3</translation>
    </message>
    <message>
        <source>%1, no target for this year</source>
        <translation>%1, no target for this year</translation>
    </message>
    <message>
        <source>above the baseline %1 (%2)</source>
        <translation>above the baseline %1 (%2)</translation>
    </message>
    <message>
        <source>level with the baseline %1 (%2)</source>
        <translation>level with the baseline %1 (%2)</translation>
    </message>
    <message>
        <source>below the baseline %1 (%2)</source>
        <translation>below the baseline %1 (%2)</translation>
    </message>
    <message>
        <source>far below the baseline %1 (%2), %3%</source>
        <translation>far below the baseline %1 (%2), %3%</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>No grade: no indicator has an actual for %1.</source>
        <translation>No grade: no indicator has an actual for %1.</translation>
    </message>
    <message>
        <source>→ %1: every indicator with data achieved its target (%2 of %3).</source>
        <translation>→ %1: every indicator with data achieved its target (%2 of %3).</translation>
    </message>
    <message>
        <source>→ %1: at least half of the indicators with data are far below their baseline (%2 of %3).</source>
        <translation>→ %1: at least half of the indicators with data are far below their baseline (%2 of %3).</translation>
    </message>
    <message>
        <source>→ %1: at least half of the indicators with data are below their baseline (%2 of %3); %4 of %3 achieved the target.</source>
        <translation>→ %1: at least half of the indicators with data are below their baseline (%2 of %3); %4 of %3 achieved the target.</translation>
    </message>
    <message>
        <source>→ %1: not every target was achieved (%2 of %3), but fewer than half of the indicators are below their baseline (%4 of %3).</source>
        <translation>→ %1: not every target was achieved (%2 of %3), but fewer than half of the indicators are below their baseline (%4 of %3).</translation>
    </message>
</context>
<context>
    <name>seika::ui::GradePanel</name>
    <message>
        <source>Suggested grade</source>
        <translation>Suggested grade</translation>
    </message>
    <message>
        <source>Achievement grade</source>
        <translation>Achievement grade</translation>
    </message>
    <message>
        <source>Future direction</source>
        <translation>Future direction</translation>
    </message>
    <message>
        <source>No grade</source>
        <translation>No grade</translation>
    </message>
    <message>
        <source>No indicator has an actual for %1.</source>
        <translation>No indicator has an actual for %1.</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Not chosen yet</translation>
    </message>
    <message>
        <source>No evaluation recorded for %1.</source>
        <translation>No evaluation recorded for %1.</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>Unknown code %1</translation>
    </message>
    <message>
        <source>No reasons given.</source>
        <translation>No reasons given.</translation>
    </message>
    <message>
        <source>Differs from the suggested grade %1.</source>
        <translation>Differs from the suggested grade %1.</translation>
    </message>
</context>
<context>
    <name>seika::ui::HierarchyModel</name>
    <message>
        <source>Basic policy</source>
        <translation>Basic policy</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Policy hierarchy</source>
        <translation>Policy hierarchy</translation>
    </message>
</context>
<context>
    <name>seika::ui::IndicatorTableModel</name>
    <message>
        <source>Indicator %1 (code %2)</source>
        <translation>Indicator %1 (code %2)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Method: %1</translation>
    </message>
    <message>
        <source>This indicator has no baseline.</source>
        <translation>This indicator has no baseline.</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>no value</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>former: %1 (%2)</source>
        <translation>former: %1 (%2)</translation>
    </message>
    <message>
        <source>(the city&apos;s figure of that year)</source>
        <translation>(the city&apos;s figure of that year)</translation>
    </message>
    <message>
        <source>Current baseline: %1, %2</source>
        <translation>Current baseline: %1, %2</translation>
    </message>
    <message>
        <source>Former baseline: %1, %2</source>
        <translation>Former baseline: %1, %2</translation>
    </message>
    <message>
        <source>Targets and the comparison use the current baseline.</source>
        <translation>Targets and the comparison use the current baseline.</translation>
    </message>
    <message>
        <source>Target for %1: %2</source>
        <translation>Target for %1: %2</translation>
    </message>
    <message>
        <source>No target for %1</source>
        <translation>No target for %1</translation>
    </message>
    <message>
        <source>Actual for %1: %2</source>
        <translation>Actual for %1: %2</translation>
    </message>
    <message>
        <source>No actual for %1</source>
        <translation>No actual for %1</translation>
    </message>
    <message>
        <source>Target for this year: %1</source>
        <translation>Target for this year: %1</translation>
    </message>
    <message>
        <source>Expected on the path to the next target: %1</source>
        <translation>Expected on the path to the next target: %1</translation>
    </message>
    <message>
        <source>No actual for %1, so nothing to judge.</source>
        <translation>No actual for %1, so nothing to judge.</translation>
    </message>
    <message>
        <source>No target applies to %1.</source>
        <translation>No target applies to %1.</translation>
    </message>
    <message>
        <source>Achieved: %1 against the target %2</source>
        <translation>Achieved: %1 against the target %2</translation>
    </message>
    <message>
        <source>Not achieved: %1 against the target %2</source>
        <translation>Not achieved: %1 against the target %2</translation>
    </message>
    <message>
        <source>No comparison: the indicator has no baseline value.</source>
        <translation>No comparison: the indicator has no baseline value.</translation>
    </message>
    <message>
        <source>No comparison: no actual for %1.</source>
        <translation>No comparison: no actual for %1.</translation>
    </message>
    <message>
        <source>Better than the baseline %1 (%2)</source>
        <translation>Better than the baseline %1 (%2)</translation>
    </message>
    <message>
        <source>Level with the baseline %1 (%2)</source>
        <translation>Level with the baseline %1 (%2)</translation>
    </message>
    <message>
        <source>Worse than the baseline %1 (%2), %3</source>
        <translation>Worse than the baseline %1 (%2), %3</translation>
    </message>
    <message>
        <source>Far worse than the baseline %1 (%2), %3: a decline of more than %4%</source>
        <translation>Far worse than the baseline %1 (%2), %3: a decline of more than %4%</translation>
    </message>
    <message>
        <source>%1 %2 ÷ %3 %4</source>
        <translation>%1 %2 ÷ %3 %4</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>Indicator number</source>
        <translation>Indicator number</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Outcome indicator</source>
        <translation>Outcome indicator</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>The baseline (current value) the targets start from, with its fiscal year</source>
        <translation>The baseline (current value) the targets start from, with its fiscal year</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Target for %1</source>
        <translation>Target for %1</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Actual for the selected fiscal year %1</source>
        <translation>Actual for the selected fiscal year %1</translation>
    </message>
    <message>
        <source>Actual
%1</source>
        <translation>Actual
%1</translation>
    </message>
    <message>
        <source>○ the target was achieved, ✕ it was not</source>
        <translation>○ the target was achieved, ✕ it was not</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Against the baseline: ↑ better, → level, ↓ worse, ⇊ far worse</source>
        <translation>Against the baseline: ↑ better, → level, ↓ worse, ⇊ far worse</translation>
    </message>
    <message>
        <source>vs. baseline</source>
        <translation>vs. baseline</translation>
    </message>
    <message>
        <source>Actual for %1</source>
        <translation>Actual for %1</translation>
    </message>
</context>
<context>
    <name>seika::ui::MainWindow</name>
    <message>
        <source>The fiscal year whose actuals and grades are shown</source>
        <translation>The fiscal year whose actuals and grades are shown</translation>
    </message>
    <message>
        <source>Fiscal Year</source>
        <translation>Fiscal Year</translation>
    </message>
    <message>
        <source>Fiscal year:</source>
        <translation>Fiscal year:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>Create an empty document</source>
        <translation>Create an empty document</translation>
    </message>
    <message>
        <source>New from &amp;Sample…</source>
        <translation>New from &amp;Sample…</translation>
    </message>
    <message>
        <source>Create a document holding the Kawasaki City sample</source>
        <translation>Create a document holding the Kawasaki City sample</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open a Seika document</source>
        <translation>Open a Seika document</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>Write a copy of this document and continue in the copy</source>
        <translation>Write a copy of this document and continue in the copy</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Seika</source>
        <translation>&amp;About Seika</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>Could not open “%1”.</translation>
    </message>
    <message>
        <source>No document is open. Use File ▸ New or File ▸ Open.</source>
        <translation>No document is open. Use File ▸ New or File ▸ Open.</translation>
    </message>
    <message>
        <source>This document has no policies or measures yet.</source>
        <translation>This document has no policies or measures yet.</translation>
    </message>
    <message>
        <source>Select a measure to see its indicators and grades.</source>
        <translation>Select a measure to see its indicators and grades.</translation>
    </message>
    <message>
        <source>%1[*] — Seika</source>
        <translation>%1[*] — Seika</translation>
    </message>
    <message>
        <source>%1[*] — %2 — Seika</source>
        <translation>%1[*] — %2 — Seika</translation>
    </message>
    <message>
        <source>Seika documents (*.seika)</source>
        <translation>Seika documents (*.seika)</translation>
    </message>
    <message>
        <source>New Document from Sample</source>
        <translation>New Document from Sample</translation>
    </message>
    <message>
        <source>New Document</source>
        <translation>New Document</translation>
    </message>
    <message>
        <source>The bundled sample could not be read.</source>
        <translation>The bundled sample could not be read.</translation>
    </message>
    <message>
        <source>Could not create “%1”.</source>
        <translation>Could not create “%1”.</translation>
    </message>
    <message>
        <source>Open Document</source>
        <translation>Open Document</translation>
    </message>
    <message>
        <source>Seika documents (*.seika);;All files (*)</source>
        <translation>Seika documents (*.seika);;All files (*)</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Save a Copy As</translation>
    </message>
    <message>
        <source>Could not save a copy as “%1”.</source>
        <translation>Could not save a copy as “%1”.</translation>
    </message>
    <message>
        <source>“%1” no longer exists.</source>
        <translation>“%1” no longer exists.</translation>
    </message>
    <message>
        <source>It was removed from the recent files.</source>
        <translation>It was removed from the recent files.</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Clear Menu</translation>
    </message>
    <message>
        <source>The language will change the next time Seika starts.</source>
        <translation>The language will change the next time Seika starts.</translation>
    </message>
    <message>
        <source>About Seika</source>
        <translation>About Seika</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Seika %1&lt;/h3&gt;&lt;p&gt;Policy evaluation (施策評価) for Japanese municipalities: outcome indicators, targets, actuals and the yearly grades of each measure.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Seika %1&lt;/h3&gt;&lt;p&gt;Policy evaluation (施策評価) for Japanese municipalities: outcome indicators, targets, actuals and the yearly grades of each measure.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>seika::ui::MeasureView</name>
    <message>
        <source>Direct goal</source>
        <translation>Direct goal</translation>
    </message>
    <message>
        <source>Main programmes</source>
        <translation>Main programmes</translation>
    </message>
    <message>
        <source>Actuals by year</source>
        <translation>Actuals by year</translation>
    </message>
    <message>
        <source>Outcome indicators</source>
        <translation>Outcome indicators</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>None given</translation>
    </message>
    <message>
        <source>None listed</source>
        <translation>None listed</translation>
    </message>
</context>
</TS>
