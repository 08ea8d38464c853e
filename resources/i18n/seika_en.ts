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
    <message>
        <source>The Seika document to open: a .seika file, or a document on a PostgreSQL server as postgresql://USER@HOST:PORT/DATABASE (the password from ~/.pgpass, or asked). Without it, the default document opens, created from the Kawasaki City sample the first time.</source>
        <translation>The Seika document to open: a .seika file, or a document on a PostgreSQL server as postgresql://USER@HOST:PORT/DATABASE (the password from ~/.pgpass, or asked). Without it, the default document opens, created from the Kawasaki City sample the first time.</translation>
    </message>
</context>
<context>
    <name>seika::cli::ChartCommand</name>
    <message>
        <source>Usage: seika-cli [--db FILE] chart membership|indicator CODE [--area AREA] --format png|svg|pdf --out FILE [--width PX --height PX --dpi N] [--grayscale] [--total-households]
Draws the chart of the indicator CODE into FILE. membership: the households as bars and the rate as a line (CODE may be left out: the first ratio indicator with counts); indicator: the chart that suits the indicator (the trend of its actuals against the targets).
--area: a ward&apos;s name, or * for every ward as a line (default: the city). --format defaults to the suffix of FILE. Size: 160 mm × 100 mm at 300 dpi unless given; --width/--height alone keep the printed width and set the pixels. --grayscale: patterns and line styles for monochrome printing; --total-households: the denominator as bars as well.</source>
        <translation>Usage: seika-cli [--db FILE] chart membership|indicator CODE [--area AREA] --format png|svg|pdf --out FILE [--width PX --height PX --dpi N] [--grayscale] [--total-households]
Draws the chart of the indicator CODE into FILE. membership: the households as bars and the rate as a line (CODE may be left out: the first ratio indicator with counts); indicator: the chart that suits the indicator (the trend of its actuals against the targets).
--area: a ward&apos;s name, or * for every ward as a line (default: the city). --format defaults to the suffix of FILE. Size: 160 mm × 100 mm at 300 dpi unless given; --width/--height alone keep the printed width and set the pixels. --grayscale: patterns and line styles for monochrome printing; --total-households: the denominator as bars as well.</translation>
    </message>
    <message>
        <source>Run seika-cli chart --help for usage.</source>
        <translation>Run seika-cli chart --help for usage.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>The option --%1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Unknown option: %1</translation>
    </message>
    <message>
        <source>chart needs membership or indicator.</source>
        <translation>chart needs membership or indicator.</translation>
    </message>
    <message>
        <source>Unknown chart “%1”: use membership or indicator.</source>
        <translation>Unknown chart “%1”: use membership or indicator.</translation>
    </message>
    <message>
        <source>chart takes one indicator CODE; use --db FILE before the command.</source>
        <translation>chart takes one indicator CODE; use --db FILE before the command.</translation>
    </message>
    <message>
        <source>chart indicator needs the CODE of an indicator.</source>
        <translation>chart indicator needs the CODE of an indicator.</translation>
    </message>
    <message>
        <source>chart needs --out FILE.</source>
        <translation>chart needs --out FILE.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use png, svg or pdf.</source>
        <translation>Unknown format “%1”: use png, svg or pdf.</translation>
    </message>
    <message>
        <source>chart needs --format png|svg|pdf (the suffix of “%1” names none).</source>
        <translation>chart needs --format png|svg|pdf (the suffix of “%1” names none).</translation>
    </message>
    <message>
        <source>--width takes a number of pixels from 1 to %1.</source>
        <translation>--width takes a number of pixels from 1 to %1.</translation>
    </message>
    <message>
        <source>--height takes a number of pixels from 1 to %1.</source>
        <translation>--height takes a number of pixels from 1 to %1.</translation>
    </message>
    <message>
        <source>--dpi takes a resolution from %1 to %2.</source>
        <translation>--dpi takes a resolution from %1 to %2.</translation>
    </message>
    <message>
        <source>The document has no ratio indicator with counts to draw as bars.</source>
        <translation>The document has no ratio indicator with counts to draw as bars.</translation>
    </message>
    <message>
        <source>The indicator “%1” has no counts to draw as bars; use: chart indicator %1</source>
        <translation>The indicator “%1” has no counts to draw as bars; use: chart indicator %1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
</context>
<context>
    <name>seika::cli::Cli</name>
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
    <message>
        <source>Survey change: %1</source>
        <translation>Survey change: %1</translation>
    </message>
    <message>
        <source>Since the baseline: %1</source>
        <translation>Since the baseline: %1</translation>
    </message>
    <message>
        <source>%1 (sum of the wards)</source>
        <translation>%1 (sum of the wards)</translation>
    </message>
    <message>
        <source>Usage: seika-cli upgrade FILE (or seika-cli --db FILE upgrade)
Brings a document written by an older Seika to this version&apos;s format, in one step that changes nothing else. Older versions of Seika will not open it afterwards. Reading commands work on an older document as it is; writing commands refuse it until it is upgraded.</source>
        <translation>Usage: seika-cli upgrade FILE (or seika-cli --db FILE upgrade)
Brings a document written by an older Seika to this version&apos;s format, in one step that changes nothing else. Older versions of Seika will not open it afterwards. Reading commands work on an older document as it is; writing commands refuse it until it is upgraded.</translation>
    </message>
    <message>
        <source>upgrade takes one FILE, or --db FILE before the command.</source>
        <translation>upgrade takes one FILE, or --db FILE before the command.</translation>
    </message>
    <message>
        <source>“%1” is already in this version&apos;s format (document version %2); nothing was changed.</source>
        <translation>“%1” is already in this version&apos;s format (document version %2); nothing was changed.</translation>
    </message>
    <message>
        <source>Upgraded “%1” from document version %2 to %3.</source>
        <translation>Upgraded “%1” from document version %2 to %3.</translation>
    </message>
    <message>
        <source>Run “seika-cli upgrade %1” to upgrade it, then the command again.</source>
        <translation>Run “seika-cli upgrade %1” to upgrade it, then the command again.</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds (0 to 86400), not “%1”.</source>
        <translation>--wait takes a number of seconds (0 to 86400), not “%1”.</translation>
    </message>
    <message>
        <source>To put a new Seika document into an empty database, run “seika-cli server init %1”, or copy a file there with “seika-cli copy”.</source>
        <translation>To put a new Seika document into an empty database, run “seika-cli server init %1”, or copy a file there with “seika-cli copy”.</translation>
    </message>
    <message>
        <source>Usage: seika-cli [--db FILE] [--lang ja|en] [--wait SECONDS] COMMAND [OPTIONS]

Commands:
  init FILE [--sample kawasaki|--empty]   create a document
  summary [--year FY] [--format text|json] print the document and its grades
  evaluate --year FY [--measure ID] [--format text|json]
                                          judge the indicators and suggest the grade
  export-json --out FILE                  write the JSON exchange file
  import-json FILE --out NEWFILE          create a document from a JSON file
  upgrade FILE                            bring a document of an older Seika to this format
  report --year FY --out FILE.pdf [--measure ID | --all | --overview] [--paper A4|A3]
                                          write the council report of a measure, or of the whole
                                          plan (--all), or the plan overview as a PDF
  overview --year FY [--format text|csv] [--out FILE]
                                          every measure&apos;s grades and the counts for the year
  chart membership|indicator CODE --out FILE [--format png|svg|pdf] [--area AREA]
                                          draw an indicator&apos;s chart into a file
  set-value --indicator CODE --year FY [--area AREA] (--value V | --numerator N --denominator D)
            [--note TEXT]                 enter a yearly figure, checked as in the editors
  lock --year FY | unlock --year FY       lock (確定) or unlock a fiscal year
  audit [--year FY] [--indicator CODE] [--area AREA] [--format text|csv]
                                          print the recorded changes
  export-csv --table TABLE [--encoding utf8-bom|utf8|cp932] [--replace CHAR] --out FILE
                                          write a table as CSV (for Excel)
  import-csv --table observations|targets FILE [--encoding auto|utf8|cp932] [--dry-run]
            [--valid-rows-only]           check and import figures or targets from a CSV file
  plan list | plan add-measure … | plan rename REF … | plan move REF … | plan remove REF …
                                          show and build the plan: basic policies, policies,
                                          measures, programmes, indicators (seika-cli plan --help)
  import-plan FILE [--encoding auto|utf8|cp932] [--dry-run]
                                          read the plan from a CSV file (施策体系)
  survey list | survey show ID [--moe]    print the surveys and their breakdowns
  import-responses --survey ID --question CODE FILE [--weight NAME] [--dry-run]
                                          compute a question&apos;s table from a respondents CSV
  server init URL [--sample kawasaki]     create Seika&apos;s tables in an empty PostgreSQL database
  copy --from SOURCE --to DESTINATION     copy a whole document between a file and a server
  admin add-user NAME --role ROLE [--ward WARD …] | admin list-users | admin remove-user NAME
                                          the users of a document on a server and their roles

--db takes a file or a postgresql://USER@HOST:PORT/DATABASE URL (docs/server.md).
Without --db the user&apos;s default document is used (created from the sample when missing).
With --wait a command that writes waits up to SECONDS while another Seika writes to the document.
Run seika-cli COMMAND --help for the options of a command.
Exit codes: 0 success, 1 usage error, 2 bad data or file.</source>
        <translation>Usage: seika-cli [--db FILE] [--lang ja|en] [--wait SECONDS] COMMAND [OPTIONS]

Commands:
  init FILE [--sample kawasaki|--empty]   create a document
  summary [--year FY] [--format text|json] print the document and its grades
  evaluate --year FY [--measure ID] [--format text|json]
                                          judge the indicators and suggest the grade
  export-json --out FILE                  write the JSON exchange file
  import-json FILE --out NEWFILE          create a document from a JSON file
  upgrade FILE                            bring a document of an older Seika to this format
  report --year FY --out FILE.pdf [--measure ID | --all | --overview] [--paper A4|A3]
                                          write the council report of a measure, or of the whole
                                          plan (--all), or the plan overview as a PDF
  overview --year FY [--format text|csv] [--out FILE]
                                          every measure&apos;s grades and the counts for the year
  chart membership|indicator CODE --out FILE [--format png|svg|pdf] [--area AREA]
                                          draw an indicator&apos;s chart into a file
  set-value --indicator CODE --year FY [--area AREA] (--value V | --numerator N --denominator D)
            [--note TEXT]                 enter a yearly figure, checked as in the editors
  lock --year FY | unlock --year FY       lock (確定) or unlock a fiscal year
  audit [--year FY] [--indicator CODE] [--area AREA] [--format text|csv]
                                          print the recorded changes
  export-csv --table TABLE [--encoding utf8-bom|utf8|cp932] [--replace CHAR] --out FILE
                                          write a table as CSV (for Excel)
  import-csv --table observations|targets FILE [--encoding auto|utf8|cp932] [--dry-run]
            [--valid-rows-only]           check and import figures or targets from a CSV file
  plan list | plan add-measure … | plan rename REF … | plan move REF … | plan remove REF …
                                          show and build the plan: basic policies, policies,
                                          measures, programmes, indicators (seika-cli plan --help)
  import-plan FILE [--encoding auto|utf8|cp932] [--dry-run]
                                          read the plan from a CSV file (施策体系)
  survey list | survey show ID [--moe]    print the surveys and their breakdowns
  import-responses --survey ID --question CODE FILE [--weight NAME] [--dry-run]
                                          compute a question&apos;s table from a respondents CSV
  server init URL [--sample kawasaki]     create Seika&apos;s tables in an empty PostgreSQL database
  copy --from SOURCE --to DESTINATION     copy a whole document between a file and a server
  admin add-user NAME --role ROLE [--ward WARD …] | admin list-users | admin remove-user NAME
                                          the users of a document on a server and their roles

--db takes a file or a postgresql://USER@HOST:PORT/DATABASE URL (docs/server.md).
Without --db the user&apos;s default document is used (created from the sample when missing).
With --wait a command that writes waits up to SECONDS while another Seika writes to the document.
Run seika-cli COMMAND --help for the options of a command.
Exit codes: 0 success, 1 usage error, 2 bad data or file.</translation>
    </message>
    <message>
        <source>Upgraded Seika&apos;s part on the server of “%1” (roles, audit and change notices) to this version&apos;s; the document was already in this version&apos;s format (document version %2).</source>
        <translation>Upgraded Seika&apos;s part on the server of “%1” (roles, audit and change notices) to this version&apos;s; the document was already in this version&apos;s format (document version %2).</translation>
    </message>
</context>
<context>
    <name>seika::cli::CliArgs</name>
    <message>
        <source>Unknown option: %1</source>
        <translation>Unknown option: %1</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>The option --%1 needs a value.</translation>
    </message>
    <message>
        <source>The option --%1 is given twice.</source>
        <translation>The option --%1 is given twice.</translation>
    </message>
    <message>
        <source>Unknown option: %1. Put “--” before a name that starts with “-”.</source>
        <translation>Unknown option: %1. Put “--” before a name that starts with “-”.</translation>
    </message>
</context>
<context>
    <name>seika::cli::CsvCommands</name>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>export-csv takes no FILE; use --out FILE.</source>
        <translation>export-csv takes no FILE; use --out FILE.</translation>
    </message>
    <message>
        <source>export-csv needs --table TABLE and --out FILE.</source>
        <translation>export-csv needs --table TABLE and --out FILE.</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”: use utf8-bom, utf8 or cp932.</source>
        <translation>Unknown encoding “%1”: use utf8-bom, utf8 or cp932.</translation>
    </message>
    <message>
        <source>--replace needs a character, such as ? or 〓.</source>
        <translation>--replace needs a character, such as ? or 〓.</translation>
    </message>
    <message>
        <source>row %1, column %2 (%3): %4</source>
        <translation>row %1, column %2 (%3): %4</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… and %1 more.</translation>
    </message>
    <message>
        <source>Nothing was written. Use --replace CHAR (such as ? or 〓) to write a replacement, or --encoding utf8-bom.</source>
        <translation>Nothing was written. Use --replace CHAR (such as ? or 〓) to write a replacement, or --encoding utf8-bom.</translation>
    </message>
    <message>
        <source>import-csv takes exactly one FILE.</source>
        <translation>import-csv takes exactly one FILE.</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”: use auto, utf8 or cp932.</source>
        <translation>Unknown encoding “%1”: use auto, utf8 or cp932.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>%1: %2 rows (%3, %4-separated): %5 valid, %6 with errors, %7 warnings.</source>
        <translation>%1: %2 rows (%3, %4-separated): %5 valid, %6 with errors, %7 warnings.</translation>
    </message>
    <message>
        <source>line %1, column %2, value “%3”</source>
        <translation>line %1, column %2, value “%3”</translation>
    </message>
    <message>
        <source>(row)</source>
        <translation>(row)</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: error: %2</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: warning: %2</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Dry run: nothing was changed.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 findings are errors. Correct them, or give --valid-rows-only to import only the valid rows.</source>
        <translation>Nothing was imported: %1 findings are errors. Correct them, or give --valid-rows-only to import only the valid rows.</translation>
    </message>
    <message>
        <source>Nothing to change: the document already holds these figures.</source>
        <translation>Nothing to change: the document already holds these figures.</translation>
    </message>
    <message>
        <source>Skipped the rows with errors (%1 findings).</source>
        <translation>Skipped the rows with errors (%1 findings).</translation>
    </message>
    <message>
        <source>Run seika-cli %1 --help for usage.</source>
        <translation>Run seika-cli %1 --help for usage.</translation>
    </message>
    <message>
        <source>import-csv needs --table observations or --table targets.</source>
        <translation>import-csv needs --table observations or --table targets.</translation>
    </message>
    <message>
        <source>import-csv reads the tables observations and targets, not “%1”.</source>
        <translation>import-csv reads the tables observations and targets, not “%1”.</translation>
    </message>
    <message>
        <source>Unknown table “%1”: use indicators, targets, observations, evaluations, audit, surveys or plan.</source>
        <translation>Unknown table “%1”: use indicators, targets, observations, evaluations, audit, surveys or plan.</translation>
    </message>
    <message>
        <source>%1 rows hold a city figure that is the sum of the wards (figure_source sum_of_wards): not imported, the wards&apos; rows carry it.</source>
        <translation>%1 rows hold a city figure that is the sum of the wards (figure_source sum_of_wards): not imported, the wards&apos; rows carry it.</translation>
    </message>
    <message>
        <source>Usage: seika-cli [--db FILE] import-csv --table observations|targets FILE [--encoding auto|utf8|cp932]
                 [--dry-run] [--valid-rows-only]
Reads observations (columns indicator, fiscal_year, area, numerator, denominator, value, note, or 指標, 年度, 地域, 分子, 分母, 値, 備考, in any order) and checks every row as the editors do. The report lists each finding on one line: file line, column, value and reason. Errors (a value that is not a number, an unknown indicator or area, a locked year, a numerator over the denominator, a row given twice) stop the import: nothing is changed and the exit code is 2, unless --valid-rows-only imports the rows without errors. Warnings (an overwritten figure, an outlier) do not. A row whose figure_source is sum_of_wards (a city figure the export worked out from the wards) is skipped. --dry-run only reports. The encoding is detected (a byte order mark or valid UTF-8, else cp932) unless given; the delimiter (comma, tab or semicolon) is detected from the header. The rows are applied as one change, recorded in the audit trail as one import with the file&apos;s name and SHA-256 (a figure it changes gets an entry old → new; one it adds names the import as its change).
--table targets reads milestone targets (columns indicator, fiscal_year, target, comparator, or 指標, 年度, 目標値, 比較; a target such as 21%以上 carries its comparator).</source>
        <translation>Usage: seika-cli [--db FILE] import-csv --table observations|targets FILE [--encoding auto|utf8|cp932]
                 [--dry-run] [--valid-rows-only]
Reads observations (columns indicator, fiscal_year, area, numerator, denominator, value, note, or 指標, 年度, 地域, 分子, 分母, 値, 備考, in any order) and checks every row as the editors do. The report lists each finding on one line: file line, column, value and reason. Errors (a value that is not a number, an unknown indicator or area, a locked year, a numerator over the denominator, a row given twice) stop the import: nothing is changed and the exit code is 2, unless --valid-rows-only imports the rows without errors. Warnings (an overwritten figure, an outlier) do not. A row whose figure_source is sum_of_wards (a city figure the export worked out from the wards) is skipped. --dry-run only reports. The encoding is detected (a byte order mark or valid UTF-8, else cp932) unless given; the delimiter (comma, tab or semicolon) is detected from the header. The rows are applied as one change, recorded in the audit trail as one import with the file&apos;s name and SHA-256 (a figure it changes gets an entry old → new; one it adds names the import as its change).
--table targets reads milestone targets (columns indicator, fiscal_year, target, comparator, or 指標, 年度, 目標値, 比較; a target such as 21%以上 carries its comparator).</translation>
    </message>
    <message>
        <source>Unknown header language “%1”: use ja or en.</source>
        <translation>Unknown header language “%1”: use ja or en.</translation>
    </message>
    <message>
        <source>Unknown layout “%1”: use long or wide.</source>
        <translation>Unknown layout “%1”: use long or wide.</translation>
    </message>
    <message>
        <source>The wide layout is for --table observations; other tables are written long.</source>
        <translation>The wide layout is for --table observations; other tables are written long.</translation>
    </message>
    <message>
        <source>Wrote %1 rows of %2 to %3 (%4, wide layout, %5 headers).</source>
        <translation>Wrote %1 rows of %2 to %3 (%4, wide layout, %5 headers).</translation>
    </message>
    <message>
        <source>Wrote %1 rows of %2 to %3 (%4, %5 headers).</source>
        <translation>Wrote %1 rows of %2 to %3 (%4, %5 headers).</translation>
    </message>
    <message>
        <source>Usage: seika-cli [--db FILE] [--lang ja|en] export-csv --table indicators|targets|observations|evaluations|audit|surveys|plan
                 [--headers ja|en] [--layout long|wide] [--encoding utf8-bom|utf8|cp932] [--replace CHAR]
                 --out FILE
Writes a table as RFC 4180 CSV (header row, CRLF line ends, long format: one observation per row), described in docs/csv-format.md. The header row is in Japanese (指標コード, 年度, 地域 …) or English (indicator, fiscal_year, area …): --headers, else the language of the messages (--lang, else the UI language); import-csv reads both. Observations are sorted by indicator (in the plan&apos;s order), fiscal year and area (the city first, then the wards). --layout wide writes the observations with one row per indicator, area and field (numerator, denominator, rate) and one column per fiscal year, for reading and Excel charts; import-csv refuses it. The default encoding, UTF-8 with a byte order mark, opens correctly in Japanese Excel. In cp932 (Shift_JIS) characters it cannot hold (𠮷, emoji) are listed with row and column and nothing is written, unless --replace gives a character to write instead. The file is written whole or not at all. --table plan writes the plan (施策体系) as import-plan reads it.</source>
        <translation>Usage: seika-cli [--db FILE] [--lang ja|en] export-csv --table indicators|targets|observations|evaluations|audit|surveys|plan
                 [--headers ja|en] [--layout long|wide] [--encoding utf8-bom|utf8|cp932] [--replace CHAR]
                 --out FILE
Writes a table as RFC 4180 CSV (header row, CRLF line ends, long format: one observation per row), described in docs/csv-format.md. The header row is in Japanese (指標コード, 年度, 地域 …) or English (indicator, fiscal_year, area …): --headers, else the language of the messages (--lang, else the UI language); import-csv reads both. Observations are sorted by indicator (in the plan&apos;s order), fiscal year and area (the city first, then the wards). --layout wide writes the observations with one row per indicator, area and field (numerator, denominator, rate) and one column per fiscal year, for reading and Excel charts; import-csv refuses it. The default encoding, UTF-8 with a byte order mark, opens correctly in Japanese Excel. In cp932 (Shift_JIS) characters it cannot hold (𠮷, emoji) are listed with row and column and nothing is written, unless --replace gives a character to write instead. The file is written whole or not at all. --table plan writes the plan (施策体系) as import-plan reads it.</translation>
    </message>
    <message numerus="yes">
        <source>Updated the targets of %n indicator(s) in one change (recorded in the audit trail).</source>
        <translation>
            <numerusform>Updated the targets of %n indicator in one change (recorded in the audit trail).</numerusform>
            <numerusform>Updated the targets of %n indicators in one change (recorded in the audit trail).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n figure(s) in one change (recorded in the audit trail).</source>
        <translation>
            <numerusform>Imported %n figure in one change (recorded in the audit trail).</numerusform>
            <numerusform>Imported %n figures in one change (recorded in the audit trail).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seika::cli::EntryCommands</name>
    <message>
        <source>%1 takes no FILE; use --db FILE before the command.</source>
        <translation>%1 takes no FILE; use --db FILE before the command.</translation>
    </message>
    <message>
        <source>set-value needs --indicator CODE and --year FY.</source>
        <translation>set-value needs --indicator CODE and --year FY.</translation>
    </message>
    <message>
        <source>set-value needs either --value V or --numerator N with --denominator D.</source>
        <translation>set-value needs either --value V or --numerator N with --denominator D.</translation>
    </message>
    <message>
        <source>--numerator and --denominator go together.</source>
        <translation>--numerator and --denominator go together.</translation>
    </message>
    <message>
        <source>“%1” is not a ratio, so it has no numerator and denominator; give --value.</source>
        <translation>“%1” is not a ratio, so it has no numerator and denominator; give --value.</translation>
    </message>
    <message>
        <source>Set %1, %2, %3: %4</source>
        <translation>Set %1, %2, %3: %4</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>%1 needs --year FY.</source>
        <translation>%1 needs --year FY.</translation>
    </message>
    <message>
        <source>Locked %1 (確定): its figures and evaluations cannot be changed until it is unlocked.</source>
        <translation>Locked %1 (確定): its figures and evaluations cannot be changed until it is unlocked.</translation>
    </message>
    <message>
        <source>Unlocked %1: its figures can be changed again.</source>
        <translation>Unlocked %1: its figures can be changed again.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use text or csv.</source>
        <translation>Unknown format “%1”: use text or csv.</translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation>No recorded changes.</translation>
    </message>
    <message>
        <source>measure %1</source>
        <translation>measure %1</translation>
    </message>
    <message>
        <source>Usage: seika-cli [--db FILE] set-value --indicator CODE --year FY [--area AREA]
                 (--value V | --numerator N --denominator D) [--note TEXT]
Enters the figure of an indicator for a fiscal year and an area (a ward&apos;s name; 市全体 or no --area for the city as a whole). Numbers are read as typed in the editors: 442,037, ４４２，０３７, 442037世帯, 14.7%. A ratio takes its counts (--numerator, --denominator) or, when only the rate is known, --value. The same rules as in the editors apply; a refused figure changes nothing (exit code 2). Warnings (a change beyond the outlier band, a gap in the series) are printed but do not refuse the figure. The change is recorded in the audit trail.</source>
        <translation>Usage: seika-cli [--db FILE] set-value --indicator CODE --year FY [--area AREA]
                 (--value V | --numerator N --denominator D) [--note TEXT]
Enters the figure of an indicator for a fiscal year and an area (a ward&apos;s name; 市全体 or no --area for the city as a whole). Numbers are read as typed in the editors: 442,037, ４４２，０３７, 442037世帯, 14.7%. A ratio takes its counts (--numerator, --denominator) or, when only the rate is known, --value. The same rules as in the editors apply; a refused figure changes nothing (exit code 2). Warnings (a change beyond the outlier band, a gap in the series) are printed but do not refuse the figure. The change is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>Usage: seika-cli [--db FILE] unlock --year FY
Unlocks a locked fiscal year, so that its figures can be changed again. Recorded in the audit trail.</source>
        <translation>Usage: seika-cli [--db FILE] unlock --year FY
Unlocks a locked fiscal year, so that its figures can be changed again. Recorded in the audit trail.</translation>
    </message>
    <message>
        <source>Run seika-cli %1 --help for usage.</source>
        <translation>Run seika-cli %1 --help for usage.</translation>
    </message>
    <message>
        <source>(of change #%1)</source>
        <translation>(of change #%1)</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed</source>
        <translation>%1 added, %2 changed, %3 removed</translation>
    </message>
    <message>
        <source>Figure now: %1, last written by change #%2: %3</source>
        <translation>Figure now: %1, last written by change #%2: %3</translation>
    </message>
    <message>
        <source>Figure now: %1, written before Seika recorded who wrote each figure.</source>
        <translation>Figure now: %1, written before Seika recorded who wrote each figure.</translation>
    </message>
    <message>
        <source>… and %1 more entries (--format csv lists them all).</source>
        <translation>… and %1 more entries (--format csv lists them all).</translation>
    </message>
    <message>
        <source>Usage: seika-cli [--db FILE] audit [--year FY] [--indicator CODE] [--area AREA] [--format text|csv]
Prints the recorded changes, oldest first: each change on one line (time, user, what was done — an edit, an import with its file&apos;s name, encoding, rows and SHA-256, an undo — and how many figures it added, changed and removed), with its entries below it (what: indicator, year, area; field, old and new value). An import records no entry for a figure it added: the figure names the import as its change. The options filter the entries; with --indicator and --year the figure there now is printed first, with the change that last wrote it. --format csv lists every entry with its change (the audit table of export-csv: RFC 4180, a header row, CRLF line ends and UTF-8 with a byte order mark, for Excel). Reads the document without locking it.</source>
        <translation>Usage: seika-cli [--db FILE] audit [--year FY] [--indicator CODE] [--area AREA] [--format text|csv]
Prints the recorded changes, oldest first: each change on one line (time, user, what was done — an edit, an import with its file&apos;s name, encoding, rows and SHA-256, an undo — and how many figures it added, changed and removed), with its entries below it (what: indicator, year, area; field, old and new value). An import records no entry for a figure it added: the figure names the import as its change. The options filter the entries; with --indicator and --year the figure there now is printed first, with the change that last wrote it. --format csv lists every entry with its change (the audit table of export-csv: RFC 4180, a header row, CRLF line ends and UTF-8 with a byte order mark, for Excel). Reads the document without locking it.</translation>
    </message>
    <message>
        <source>warning: %1 was locked without an evaluation of %2.</source>
        <translation>warning: %1 was locked without an evaluation of %2.</translation>
    </message>
    <message>
        <source>warning: %1 was locked without a figure of %2 (%3) for %4.</source>
        <translation>warning: %1 was locked without a figure of %2 (%3) for %4.</translation>
    </message>
    <message>
        <source>Usage: seika-cli [--db FILE] lock --year FY
Locks (確定) a fiscal year: its figures and evaluations are refused until it is unlocked. Recorded with your user name and the time. What the year lacks (a measure&apos;s evaluation, an indicator&apos;s figure for the city or a ward) is said on standard error; the year is locked all the same.</source>
        <translation>Usage: seika-cli [--db FILE] lock --year FY
Locks (確定) a fiscal year: its figures and evaluations are refused until it is unlocked. Recorded with your user name and the time. What the year lacks (a measure&apos;s evaluation, an indicator&apos;s figure for the city or a ward) is said on standard error; the year is locked all the same.</translation>
    </message>
    <message>
        <source>Figure now: %1, not entered: the sum of the wards (each ward&apos;s figure: --area WARD).</source>
        <translation>Figure now: %1, not entered: the sum of the wards (each ward&apos;s figure: --area WARD).</translation>
    </message>
</context>
<context>
    <name>seika::cli::OverviewCommand</name>
    <message>
        <source>not evaluated %1</source>
        <translation>not evaluated %1</translation>
    </message>
    <message numerus="yes">
        <source>Plan overview, %1: %n measure(s)</source>
        <translation>
            <numerusform>Plan overview, %1: %n measure</numerusform>
            <numerusform>Plan overview, %1: %n measures</numerusform>
        </translation>
    </message>
    <message>
        <source>Grades: %1</source>
        <translation>Grades: %1</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Suggested: %1</translation>
    </message>
    <message>
        <source>(policies without a basic policy)</source>
        <translation>(policies without a basic policy)</translation>
    </message>
    <message>
        <source>(measures without a policy)</source>
        <translation>(measures without a policy)</translation>
    </message>
    <message>
        <source>indicators %1 | suggested %2 | grade %3 | direction %4</source>
        <translation>indicators %1 | suggested %2 | grade %3 | direction %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Usage: seika-cli [--db FILE] overview --year FY [--format text|csv] [--encoding utf8-bom|utf8|cp932] [--out FILE]
Prints the plan overview of the fiscal year FY: every measure under its basic policy and policy with each indicator&apos;s achievement (○ achieved, ✕ not achieved, － not judged), the suggested and the chosen grade and the direction, and the counts of grades per basic policy, per policy and for the whole plan. --format csv writes one row per measure (docs/csv-format.md, table overview; UTF-8 with a byte order mark unless --encoding says otherwise) to --out FILE, or to standard output.</source>
        <translation>Usage: seika-cli [--db FILE] overview --year FY [--format text|csv] [--encoding utf8-bom|utf8|cp932] [--out FILE]
Prints the plan overview of the fiscal year FY: every measure under its basic policy and policy with each indicator&apos;s achievement (○ achieved, ✕ not achieved, － not judged), the suggested and the chosen grade and the direction, and the counts of grades per basic policy, per policy and for the whole plan. --format csv writes one row per measure (docs/csv-format.md, table overview; UTF-8 with a byte order mark unless --encoding says otherwise) to --out FILE, or to standard output.</translation>
    </message>
    <message>
        <source>Run seika-cli overview --help for usage.</source>
        <translation>Run seika-cli overview --help for usage.</translation>
    </message>
    <message>
        <source>overview takes no FILE; use --db FILE before the command.</source>
        <translation>overview takes no FILE; use --db FILE before the command.</translation>
    </message>
    <message>
        <source>overview needs --year FY.</source>
        <translation>overview needs --year FY.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use text or csv.</source>
        <translation>Unknown format “%1”: use text or csv.</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”: use utf8-bom, utf8 or cp932.</source>
        <translation>Unknown encoding “%1”: use utf8-bom, utf8 or cp932.</translation>
    </message>
    <message>
        <source>--out goes with --format csv.</source>
        <translation>--out goes with --format csv.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n measure(s))</source>
        <translation>
            <numerusform>Wrote %1 (%n measure)</numerusform>
            <numerusform>Wrote %1 (%n measures)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write to standard output.</source>
        <translation>Could not write to standard output.</translation>
    </message>
</context>
<context>
    <name>seika::cli::PlanCommands</name>
    <message>
        <source>%1 names a %2 here, not a %3.</source>
        <translation>%1 names a %2 here, not a %3.</translation>
    </message>
    <message>
        <source>There is no %1 “%2” in this document (%3).</source>
        <translation>There is no %1 “%2” in this document (%3).</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>An id is written with #: #%1.</source>
        <translation>An id is written with #: #%1.</translation>
    </message>
    <message>
        <source>seika-cli plan list shows every record with its code and #id.</source>
        <translation>seika-cli plan list shows every record with its code and #id.</translation>
    </message>
    <message>
        <source>“%1” names several records; name one of them so:</source>
        <translation>“%1” names several records; name one of them so:</translation>
    </message>
    <message>
        <source>plan list takes no argument; use --db FILE before the command.</source>
        <translation>plan list takes no argument; use --db FILE before the command.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use text, json or csv.</source>
        <translation>Unknown format “%1”: use text, json or csv.</translation>
    </message>
    <message>
        <source>The plan is empty: add a basic policy with seika-cli plan add-basic-policy, or import a plan file with seika-cli import-plan.</source>
        <translation>The plan is empty: add a basic policy with seika-cli plan add-basic-policy, or import a plan file with seika-cli import-plan.</translation>
    </message>
    <message>
        <source>Basic policies %1, policies %2, measures %3, indicators %4.</source>
        <translation>Basic policies %1, policies %2, measures %3, indicators %4.</translation>
    </message>
    <message>
        <source>plan %1 takes no positional argument: give the title with --title.</source>
        <translation>plan %1 takes no positional argument: give the title with --title.</translation>
    </message>
    <message>
        <source>plan %1 needs --title TITLE.</source>
        <translation>plan %1 needs --title TITLE.</translation>
    </message>
    <message>
        <source>plan %1 needs --%2 REF.</source>
        <translation>plan %1 needs --%2 REF.</translation>
    </message>
    <message>
        <source>--position takes 1 for the first place, 2 for the second …</source>
        <translation>--position takes 1 for the first place, 2 for the second …</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>Added %1 to %2.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Added %1.</translation>
    </message>
    <message>
        <source>plan rename takes exactly one REF.</source>
        <translation>plan rename takes exactly one REF.</translation>
    </message>
    <message>
        <source>plan rename needs --title TITLE, --code CODE or --direct-goal TEXT.</source>
        <translation>plan rename needs --title TITLE, --code CODE or --direct-goal TEXT.</translation>
    </message>
    <message>
        <source>Only a measure has a direct goal (直接目標); %1 is not one.</source>
        <translation>Only a measure has a direct goal (直接目標); %1 is not one.</translation>
    </message>
    <message>
        <source>%1: changed.</source>
        <translation>%1: changed.</translation>
    </message>
    <message>
        <source>Changed: %1 → %2.</source>
        <translation>Changed: %1 → %2.</translation>
    </message>
    <message>
        <source>plan move takes exactly one REF.</source>
        <translation>plan move takes exactly one REF.</translation>
    </message>
    <message>
        <source>plan move needs --to PARENT_REF, --position N or both.</source>
        <translation>plan move needs --to PARENT_REF, --position N or both.</translation>
    </message>
    <message>
        <source>A basic policy has no parent to move to; give only --position N.</source>
        <translation>A basic policy has no parent to move to; give only --position N.</translation>
    </message>
    <message>
        <source>%1 is now number %2 of %3.</source>
        <translation>%1 is now number %2 of %3.</translation>
    </message>
    <message>
        <source>%1 is now number %2 of %3 under %4.</source>
        <translation>%1 is now number %2 of %3 under %4.</translation>
    </message>
    <message>
        <source>plan remove-indicator takes exactly one CODE.</source>
        <translation>plan remove-indicator takes exactly one CODE.</translation>
    </message>
    <message>
        <source>plan remove takes exactly one REF.</source>
        <translation>plan remove takes exactly one REF.</translation>
    </message>
    <message>
        <source>policies %1</source>
        <translation>policies %1</translation>
    </message>
    <message>
        <source>measures %1</source>
        <translation>measures %1</translation>
    </message>
    <message>
        <source>indicators %1</source>
        <translation>indicators %1</translation>
    </message>
    <message>
        <source>yearly figures %1</source>
        <translation>yearly figures %1</translation>
    </message>
    <message>
        <source>evaluations %1</source>
        <translation>evaluations %1</translation>
    </message>
    <message>
        <source>Removing %1 removes nothing else: it holds no records, figures or evaluations.</source>
        <translation>Removing %1 removes nothing else: it holds no records, figures or evaluations.</translation>
    </message>
    <message>
        <source>Removing %1 also removes: %2.</source>
        <translation>Removing %1 also removes: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The surveys that feed its indicators stay: %1.</source>
        <translation>The surveys that feed its indicators stay: %1.</translation>
    </message>
    <message>
        <source>Refused: %1 has figures or evaluations in the locked (確定) years %2. Unlock them first (seika-cli unlock --year FY); nothing was changed.</source>
        <translation>Refused: %1 has figures or evaluations in the locked (確定) years %2. Unlock them first (seika-cli unlock --year FY); nothing was changed.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Dry run: nothing was changed.</translation>
    </message>
    <message>
        <source>Removed %1 (recorded in the audit trail; seika-cli audit shows it).</source>
        <translation>Removed %1 (recorded in the audit trail; seika-cli audit shows it).</translation>
    </message>
    <message>
        <source>plan add-programme needs --measure REF and one NAME.</source>
        <translation>plan add-programme needs --measure REF and one NAME.</translation>
    </message>
    <message>
        <source>plan remove-programme needs --measure REF and one NAME or number.</source>
        <translation>plan remove-programme needs --measure REF and one NAME or number.</translation>
    </message>
    <message>
        <source>The programme&apos;s name is empty.</source>
        <translation>The programme&apos;s name is empty.</translation>
    </message>
    <message>
        <source>%1 already lists the programme “%2”.</source>
        <translation>%1 already lists the programme “%2”.</translation>
    </message>
    <message>
        <source>Added the programme “%1” to %2 (number %3 of %4).</source>
        <translation>Added the programme “%1” to %2 (number %3 of %4).</translation>
    </message>
    <message>
        <source>%1 has no programme “%2”. Its programmes: %3.</source>
        <translation>%1 has no programme “%2”. Its programmes: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Removed the programme “%1” from %2.</source>
        <translation>Removed the programme “%1” from %2.</translation>
    </message>
    <message>
        <source>plan add-indicator takes no positional argument: give the name with --name.</source>
        <translation>plan add-indicator takes no positional argument: give the name with --name.</translation>
    </message>
    <message>
        <source>plan add-indicator needs --measure REF, --code CODE, --name NAME and --kind ratio|survey|count|value.</source>
        <translation>plan add-indicator needs --measure REF, --code CODE, --name NAME and --kind ratio|survey|count|value.</translation>
    </message>
    <message>
        <source>The indicator&apos;s name is empty.</source>
        <translation>The indicator&apos;s name is empty.</translation>
    </message>
    <message>
        <source>Unknown kind “%1”: use ratio, survey, count or value.</source>
        <translation>Unknown kind “%1”: use ratio, survey, count or value.</translation>
    </message>
    <message>
        <source>--decimals takes a whole number from 0 to 9.</source>
        <translation>--decimals takes a whole number from 0 to 9.</translation>
    </message>
    <message>
        <source>Unknown direction “%1”: use higher or lower.</source>
        <translation>Unknown direction “%1”: use higher or lower.</translation>
    </message>
    <message>
        <source>--number takes 1 for ①, 2 for ② …</source>
        <translation>--number takes 1 for ①, 2 for ② …</translation>
    </message>
    <message>
        <source>--baseline needs --baseline-year FY.</source>
        <translation>--baseline needs --baseline-year FY.</translation>
    </message>
    <message>
        <source>--targets takes FY=TARGET pairs separated by semicolons, such as &quot;R3=64%以上;R7=70%以上&quot;; “%1” has no =.</source>
        <translation>--targets takes FY=TARGET pairs separated by semicolons, such as &quot;R3=64%以上;R7=70%以上&quot;; “%1” has no =.</translation>
    </message>
    <message>
        <source>%1 already has indicator %2 (%3); choose another --number.</source>
        <translation>%1 already has indicator %2 (%3); choose another --number.</translation>
    </message>
    <message>
        <source>--targets gives %1 twice.</source>
        <translation>--targets gives %1 twice.</translation>
    </message>
    <message>
        <source>Added indicator %1 %2 [%3] to %4 (#%5).</source>
        <translation>Added indicator %1 %2 [%3] to %4 (#%5).</translation>
    </message>
    <message>
        <source>Targets: %1</source>
        <translation>Targets: %1</translation>
    </message>
    <message>
        <source>basic policies %1</source>
        <translation>basic policies %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>import-plan takes exactly one FILE.</source>
        <translation>import-plan takes exactly one FILE.</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”: use auto, utf8 or cp932.</source>
        <translation>Unknown encoding “%1”: use auto, utf8 or cp932.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>%1: %2 rows (%3, %4-separated).</source>
        <translation>%1: %2 rows (%3, %4-separated).</translation>
    </message>
    <message>
        <source>Adds %1; changes %2 records; leaves %3 as they are; %4 errors.</source>
        <translation>Adds %1; changes %2 records; leaves %3 as they are; %4 errors.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>line %1, column %2, value “%3”</source>
        <translation>line %1, column %2, value “%3”</translation>
    </message>
    <message>
        <source>line %1, value “%2”</source>
        <translation>line %1, value “%2”</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: error: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 findings are errors. Correct the file and import it again.</source>
        <translation>Nothing was imported: %1 findings are errors. Correct the file and import it again.</translation>
    </message>
    <message>
        <source>Nothing to change: the document already holds this plan.</source>
        <translation>Nothing to change: the document already holds this plan.</translation>
    </message>
    <message>
        <source>Imported the plan in one change (recorded in the audit trail): added %1; changed %2 records.</source>
        <translation>Imported the plan in one change (recorded in the audit trail): added %1; changed %2 records.</translation>
    </message>
    <message>
        <source>Usage: seika-cli [--db FILE] import-plan FILE [--encoding auto|utf8|cp932] [--dry-run]
Reads the plan (施策体系) from a CSV file: one row per basic policy, policy, measure and indicator, each naming its place by code and title (columns such as 基本政策番号, 基本政策, 政策番号, 政策, 施策番号, 施策, 直接目標, 主な事務事業, 指標名, 単位, 種類, 現状値年度, 現状値, 目標値(R3); docs/csv-format.md lists them all). Records are matched to the document&apos;s by code, else by title, so importing the same file again changes nothing; the import adds and changes, never removes. The report lists every addition, change and error with its line, column and value. With an error nothing is imported (exit code 2); --dry-run only reports. The whole file is one change, recorded with the file&apos;s name and SHA-256 (seika-cli audit). export-csv --table plan writes this shape.</source>
        <translation>Usage: seika-cli [--db FILE] import-plan FILE [--encoding auto|utf8|cp932] [--dry-run]
Reads the plan (施策体系) from a CSV file: one row per basic policy, policy, measure and indicator, each naming its place by code and title (columns such as 基本政策番号, 基本政策, 政策番号, 政策, 施策番号, 施策, 直接目標, 主な事務事業, 指標名, 単位, 種類, 現状値年度, 現状値, 目標値(R3); docs/csv-format.md lists them all). Records are matched to the document&apos;s by code, else by title, so importing the same file again changes nothing; the import adds and changes, never removes. The report lists every addition, change and error with its line, column and value. With an error nothing is imported (exit code 2); --dry-run only reports. The whole file is one change, recorded with the file&apos;s name and SHA-256 (seika-cli audit). export-csv --table plan writes this shape.</translation>
    </message>
    <message>
        <source>plan list [--format text|json|csv]
    The plan as a tree: each record with its code and #id, each measure&apos;s indicators with their codes. csv is the plan table that import-plan reads.</source>
        <translation>plan list [--format text|json|csv]
    The plan as a tree: each record with its code and #id, each measure&apos;s indicators with their codes. csv is the plan table that import-plan reads.</translation>
    </message>
    <message>
        <source>plan add-basic-policy --title TITLE [--code CODE] [--position N]
    Adds a basic policy (基本政策), last or at place N.</source>
        <translation>plan add-basic-policy --title TITLE [--code CODE] [--position N]
    Adds a basic policy (基本政策), last or at place N.</translation>
    </message>
    <message>
        <source>plan add-policy --basic-policy REF --title TITLE [--code CODE] [--position N]
    Adds a policy (政策) to a basic policy.</source>
        <translation>plan add-policy --basic-policy REF --title TITLE [--code CODE] [--position N]
    Adds a policy (政策) to a basic policy.</translation>
    </message>
    <message>
        <source>plan add-measure --policy REF --title TITLE [--code CODE] [--direct-goal TEXT] [--position N]
    Adds a measure (施策) to a policy.</source>
        <translation>plan add-measure --policy REF --title TITLE [--code CODE] [--direct-goal TEXT] [--position N]
    Adds a measure (施策) to a policy.</translation>
    </message>
    <message>
        <source>plan rename REF [--title TITLE] [--code CODE] [--direct-goal TEXT]
    Renames or renumbers a record (an indicator: its name and code); --code &quot;&quot; removes the code; --direct-goal sets a measure&apos;s 直接目標.</source>
        <translation>plan rename REF [--title TITLE] [--code CODE] [--direct-goal TEXT]
    Renames or renumbers a record (an indicator: its name and code); --code &quot;&quot; removes the code; --direct-goal sets a measure&apos;s 直接目標.</translation>
    </message>
    <message>
        <source>plan move REF [--to PARENT_REF] [--position N]
    Moves a policy to another basic policy or a measure to another policy (last, or at place N), or reorders a record among its siblings.</source>
        <translation>plan move REF [--to PARENT_REF] [--position N]
    Moves a policy to another basic policy or a measure to another policy (last, or at place N), or reorders a record among its siblings.</translation>
    </message>
    <message>
        <source>plan remove REF [--dry-run]
    Removes a record with everything it holds, after saying exactly what that is (policies, measures, indicators, yearly figures, evaluations). Refused while a locked year holds any of it. --dry-run only says it.</source>
        <translation>plan remove REF [--dry-run]
    Removes a record with everything it holds, after saying exactly what that is (policies, measures, indicators, yearly figures, evaluations). Refused while a locked year holds any of it. --dry-run only says it.</translation>
    </message>
    <message>
        <source>plan add-programme --measure REF NAME [--position N]
    Adds a programme (主な事務事業) to a measure.</source>
        <translation>plan add-programme --measure REF NAME [--position N]
    Adds a programme (主な事務事業) to a measure.</translation>
    </message>
    <message>
        <source>plan remove-programme --measure REF NAME|NUMBER
    Removes a measure&apos;s programme, by name or by its number (1 = the first).</source>
        <translation>plan remove-programme --measure REF NAME|NUMBER
    Removes a measure&apos;s programme, by name or by its number (1 = the first).</translation>
    </message>
    <message>
        <source>plan add-indicator --measure REF --code CODE --name NAME --kind ratio|survey|count|value [--unit U]
                   [--decimals N] [--better higher|lower] [--number N] [--numerator-label L]
                   [--denominator-label L] [--numerator-unit U] [--source TEXT] [--method TEXT]
                   [--baseline-year FY [--baseline V]] [--targets &quot;FY=TARGET;…&quot;]
    Adds an indicator (成果指標) to a measure, numbered next (③ after ②) unless --number says. A target is written as the sheet writes it: --targets &quot;H29=21%以上;R3=23%以上&quot; (以上, 以下, or bare for a value to reach). Without --baseline the baseline is the city&apos;s figure of --baseline-year.</source>
        <translation>plan add-indicator --measure REF --code CODE --name NAME --kind ratio|survey|count|value [--unit U]
                   [--decimals N] [--better higher|lower] [--number N] [--numerator-label L]
                   [--denominator-label L] [--numerator-unit U] [--source TEXT] [--method TEXT]
                   [--baseline-year FY [--baseline V]] [--targets &quot;FY=TARGET;…&quot;]
    Adds an indicator (成果指標) to a measure, numbered next (③ after ②) unless --number says. A target is written as the sheet writes it: --targets &quot;H29=21%以上;R3=23%以上&quot; (以上, 以下, or bare for a value to reach). Without --baseline the baseline is the city&apos;s figure of --baseline-year.</translation>
    </message>
    <message>
        <source>plan remove-indicator CODE [--dry-run]
    Removes an indicator with its yearly figures, after saying how many.</source>
        <translation>plan remove-indicator CODE [--dry-run]
    Removes an indicator with its yearly figures, after saying how many.</translation>
    </message>
    <message>
        <source>Usage: seika-cli [--db FILE] %1</source>
        <translation>Usage: seika-cli [--db FILE] %1</translation>
    </message>
    <message>
        <source>Usage: seika-cli [--db FILE] plan SUBCOMMAND [OPTIONS]
Builds and changes the plan&apos;s structure: basic policies (基本政策), policies (政策), measures (施策), their programmes (主な事務事業) and indicators (成果指標). Each command is one change, checked as the editors check it and recorded in the audit trail; a refused one changes nothing (exit code 2).
REF names a record by its code (1-1-2), by #ID (the id plan list shows), or by its exact title; put basic-policy:, policy:, measure: or indicator: in front when it names records at several levels (measure:#1).

%1</source>
        <translation>Usage: seika-cli [--db FILE] plan SUBCOMMAND [OPTIONS]
Builds and changes the plan&apos;s structure: basic policies (基本政策), policies (政策), measures (施策), their programmes (主な事務事業) and indicators (成果指標). Each command is one change, checked as the editors check it and recorded in the audit trail; a refused one changes nothing (exit code 2).
REF names a record by its code (1-1-2), by #ID (the id plan list shows), or by its exact title; put basic-policy:, policy:, measure: or indicator: in front when it names records at several levels (measure:#1).

%1</translation>
    </message>
    <message>
        <source>Run seika-cli %1 --help for usage.</source>
        <translation>Run seika-cli %1 --help for usage.</translation>
    </message>
    <message>
        <source>plan needs a subcommand: list, add-basic-policy, add-policy, add-measure, rename, move, remove, add-programme, remove-programme, add-indicator or remove-indicator.</source>
        <translation>plan needs a subcommand: list, add-basic-policy, add-policy, add-measure, rename, move, remove, add-programme, remove-programme, add-indicator or remove-indicator.</translation>
    </message>
    <message>
        <source>Unknown plan subcommand “%1”.</source>
        <translation>Unknown plan subcommand “%1”.</translation>
    </message>
</context>
<context>
    <name>seika::cli::ReportCommand</name>
    <message>
        <source>Run seika-cli report --help for usage.</source>
        <translation>Run seika-cli report --help for usage.</translation>
    </message>
    <message>
        <source>report takes no FILE; use --db FILE before the command.</source>
        <translation>report takes no FILE; use --db FILE before the command.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>The option --%1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Unknown option: %1</translation>
    </message>
    <message>
        <source>report needs --year FY.</source>
        <translation>report needs --year FY.</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf.</source>
        <translation>report needs --out FILE.pdf.</translation>
    </message>
    <message>
        <source>Unknown paper “%1”: use A4 or A3.</source>
        <translation>Unknown paper “%1”: use A4 or A3.</translation>
    </message>
    <message>
        <source>--measure takes the number of a measure, as summary shows it.</source>
        <translation>--measure takes the number of a measure, as summary shows it.</translation>
    </message>
    <message>
        <source>report needs the GUI libraries, but no QApplication was created.</source>
        <translation>report needs the GUI libraries, but no QApplication was created.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>Usage: seika-cli [--db FILE] report [--measure ID | --all | --overview] --year FY --out FILE.pdf [--paper A4|A3]
Writes the council report (the evaluation sheet) of the measure ID for the fiscal year FY as a PDF: overview, outcome indicators, background, initiatives, results with charts, and the grades. Without --measure the first measure is used. Paper: A4 (the default) or A3, portrait.
--all writes the report on the whole plan as one PDF: a table of contents, the plan overview (every measure with its indicators&apos; achievement, suggested and chosen grade and direction, the counts of grades), then every measure&apos;s sheet in plan order, the pages numbered n / N throughout.
--overview writes the plan overview alone.</source>
        <translation>Usage: seika-cli [--db FILE] report [--measure ID | --all | --overview] --year FY --out FILE.pdf [--paper A4|A3]
Writes the council report (the evaluation sheet) of the measure ID for the fiscal year FY as a PDF: overview, outcome indicators, background, initiatives, results with charts, and the grades. Without --measure the first measure is used. Paper: A4 (the default) or A3, portrait.
--all writes the report on the whole plan as one PDF: a table of contents, the plan overview (every measure with its indicators&apos; achievement, suggested and chosen grade and direction, the counts of grades), then every measure&apos;s sheet in plan order, the pages numbered n / N throughout.
--overview writes the plan overview alone.</translation>
    </message>
    <message>
        <source>Give one of --measure ID, --all and --overview.</source>
        <translation>Give one of --measure ID, --all and --overview.</translation>
    </message>
    <message>
        <source>The document has no measures to report on.</source>
        <translation>The document has no measures to report on.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s)</source>
        <translation>
            <numerusform>Wrote %1: %n page</numerusform>
            <numerusform>Wrote %1: %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents: pages %1–%2; plan overview: page %3</source>
        <translation>Contents: pages %1–%2; plan overview: page %3</translation>
    </message>
</context>
<context>
    <name>seika::cli::ResponseCommands</name>
    <message>
        <source>Breakdown of %1 (%2):</source>
        <translation>Breakdown of %1 (%2):</translation>
    </message>
    <message>
        <source>multiple answer, M.A.</source>
        <translation>multiple answer, M.A.</translation>
    </message>
    <message>
        <source>single answer, S.A.</source>
        <translation>single answer, S.A.</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3%)</translation>
    </message>
    <message>
        <source>%1 (n=%2, weighted total %3): %4</source>
        <translation>%1 (n=%2, weighted total %3): %4</translation>
    </message>
    <message>
        <source>%1 (n=%2): %3</source>
        <translation>%1 (n=%2): %3</translation>
    </message>
    <message>
        <source>Usage: seika-cli [--db FILE] import-responses --survey ID --question CODE FILE
                 [--answer-column NAME] [--attributes 年代,職業] [--weight NAME]
                 [--encoding auto|utf8|cp932] [--dry-run] [--valid-rows-only]
Computes the table of a survey question from a respondents file (CSV, one row per respondent; docs/csv-format.md): 全体 and each group of each attribute column, with its base n and the count and percentage of each answer category, and replaces the question&apos;s rows with it. The answer column (default: the column named as the question&apos;s code) holds category numbers 1, 2, …; a multiple-answer question takes several separated by ; or spaces (1;3); an empty answer is 無回答. The attribute columns default to every other column. With --weight the counts are sums of the weights and the percentages come from the weighted totals; n stays the number of respondents.
The report lists each finding on one line: file line, column, value and reason (an unknown code, a code out of range, an empty attribute, a weight that is not a positive number …). Findings stop the import: nothing is changed and the exit code is 2, unless --valid-rows-only computes the table from the valid rows. --dry-run only reports. The encoding is detected unless given.</source>
        <translation>Usage: seika-cli [--db FILE] import-responses --survey ID --question CODE FILE
                 [--answer-column NAME] [--attributes 年代,職業] [--weight NAME]
                 [--encoding auto|utf8|cp932] [--dry-run] [--valid-rows-only]
Computes the table of a survey question from a respondents file (CSV, one row per respondent; docs/csv-format.md): 全体 and each group of each attribute column, with its base n and the count and percentage of each answer category, and replaces the question&apos;s rows with it. The answer column (default: the column named as the question&apos;s code) holds category numbers 1, 2, …; a multiple-answer question takes several separated by ; or spaces (1;3); an empty answer is 無回答. The attribute columns default to every other column. With --weight the counts are sums of the weights and the percentages come from the weighted totals; n stays the number of respondents.
The report lists each finding on one line: file line, column, value and reason (an unknown code, a code out of range, an empty attribute, a weight that is not a positive number …). Findings stop the import: nothing is changed and the exit code is 2, unless --valid-rows-only computes the table from the valid rows. --dry-run only reports. The encoding is detected unless given.</translation>
    </message>
    <message>
        <source>Run seika-cli import-responses --help for usage.</source>
        <translation>Run seika-cli import-responses --help for usage.</translation>
    </message>
    <message>
        <source>import-responses takes exactly one FILE.</source>
        <translation>import-responses takes exactly one FILE.</translation>
    </message>
    <message>
        <source>import-responses needs --survey ID and --question CODE.</source>
        <translation>import-responses needs --survey ID and --question CODE.</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”: use auto, utf8 or cp932.</source>
        <translation>Unknown encoding “%1”: use auto, utf8 or cp932.</translation>
    </message>
    <message>
        <source>--attributes needs column names separated by commas, such as 年代,職業.</source>
        <translation>--attributes needs column names separated by commas, such as 年代,職業.</translation>
    </message>
    <message>
        <source>There is no survey “%1” in this document; survey list shows them.</source>
        <translation>There is no survey “%1” in this document; survey list shows them.</translation>
    </message>
    <message>
        <source>Survey %1 has no question “%2”; its questions are: %3.</source>
        <translation>Survey %1 has no question “%2”; its questions are: %3.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>%1: %2 respondents (%3, %4-separated): %5 valid, %6 with errors.</source>
        <translation>%1: %2 respondents (%3, %4-separated): %5 valid, %6 with errors.</translation>
    </message>
    <message>
        <source>Answers from the column “%1”; groups from %2.</source>
        <translation>Answers from the column “%1”; groups from %2.</translation>
    </message>
    <message>
        <source>no attribute column</source>
        <translation>no attribute column</translation>
    </message>
    <message>
        <source>Weighted by the column “%1”.</source>
        <translation>Weighted by the column “%1”.</translation>
    </message>
    <message>
        <source>line %1, column %2, value “%3”: error: %4</source>
        <translation>line %1, column %2, value “%3”: error: %4</translation>
    </message>
    <message>
        <source>(row)</source>
        <translation>(row)</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Dry run: nothing was changed.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 findings are errors. Correct them, or give --valid-rows-only to compute the table from the valid rows only.</source>
        <translation>Nothing was imported: %1 findings are errors. Correct them, or give --valid-rows-only to compute the table from the valid rows only.</translation>
    </message>
    <message>
        <source>Nothing was imported: no row is valid.</source>
        <translation>Nothing was imported: no row is valid.</translation>
    </message>
    <message>
        <source>Nothing to change: the question already holds this table.</source>
        <translation>Nothing to change: the question already holds this table.</translation>
    </message>
    <message>
        <source>Replaced the rows of %1 in survey %2 with %3 rows in one change (recorded in the audit trail).</source>
        <translation>Replaced the rows of %1 in survey %2 with %3 rows in one change (recorded in the audit trail).</translation>
    </message>
    <message>
        <source>Skipped the rows with errors (%1 findings).</source>
        <translation>Skipped the rows with errors (%1 findings).</translation>
    </message>
</context>
<context>
    <name>seika::cli::ServerCommands</name>
    <message>
        <source>Unknown server command; use “server init URL”.</source>
        <translation>Unknown server command; use “server init URL”.</translation>
    </message>
    <message>
        <source>server init takes one postgresql:// URL, or --db URL before the command.</source>
        <translation>server init takes one postgresql:// URL, or --db URL before the command.</translation>
    </message>
    <message>
        <source>server init needs a postgresql:// URL; for a file use “seika-cli init FILE”.</source>
        <translation>server init needs a postgresql:// URL; for a file use “seika-cli init FILE”.</translation>
    </message>
    <message>
        <source>Created the Seika tables in %1</source>
        <translation>Created the Seika tables in %1</translation>
    </message>
    <message>
        <source>copy needs --from SOURCE and --to DESTINATION (files or postgresql:// URLs).</source>
        <translation>copy needs --from SOURCE and --to DESTINATION (files or postgresql:// URLs).</translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 to %2 (%n figure(s))</source>
        <translation>
            <numerusform>Copied %1 to %2 (%n figure)</numerusform>
            <numerusform>Copied %1 to %2 (%n figures)</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: seika-cli copy --from SOURCE --to DESTINATION
Copies a whole Seika document between a file and a PostgreSQL server (either way), in one transaction. SOURCE and DESTINATION are files or postgresql://USER@HOST:PORT/DATABASE URLs; the destination must not exist yet (a new file, or an empty database). The copy&apos;s audit trail starts with the copy.</source>
        <translation>Usage: seika-cli copy --from SOURCE --to DESTINATION
Copies a whole Seika document between a file and a PostgreSQL server (either way), in one transaction. SOURCE and DESTINATION are files or postgresql://USER@HOST:PORT/DATABASE URLs; the destination must not exist yet (a new file, or an empty database). The copy&apos;s audit trail starts with the copy.</translation>
    </message>
    <message>
        <source>Usage: seika-cli server init URL [--sample kawasaki] (or seika-cli --db URL server init)
Creates Seika&apos;s tables in the empty PostgreSQL database at URL (postgresql://USER@HOST:PORT/DATABASE?sslmode=…), holding an empty plan or the sample. A database that holds any table is refused. The password comes from ~/.pgpass, PGPASSFILE or PGSERVICE, never from Seika (docs/server.md).</source>
        <translation>Usage: seika-cli server init URL [--sample kawasaki] (or seika-cli --db URL server init)
Creates Seika&apos;s tables in the empty PostgreSQL database at URL (postgresql://USER@HOST:PORT/DATABASE?sslmode=…), holding an empty plan or the sample. A database that holds any table is refused. The password comes from ~/.pgpass, PGPASSFILE or PGSERVICE, never from Seika (docs/server.md).</translation>
    </message>
    <message>
        <source>--ward needs the name of a ward.</source>
        <translation>--ward needs the name of a ward.</translation>
    </message>
    <message>
        <source>Unknown admin command; use add-user, list-users or remove-user.</source>
        <translation>Unknown admin command; use add-user, list-users or remove-user.</translation>
    </message>
    <message>
        <source>Users and roles exist only for a document on a server: give --db postgresql://USER@HOST:PORT/DATABASE before “admin”.</source>
        <translation>Users and roles exist only for a document on a server: give --db postgresql://USER@HOST:PORT/DATABASE before “admin”.</translation>
    </message>
    <message>
        <source>admin list-users takes no arguments.</source>
        <translation>admin list-users takes no arguments.</translation>
    </message>
    <message>
        <source>(cannot log in)</source>
        <translation>(cannot log in)</translation>
    </message>
    <message>
        <source>admin %1 takes the user&apos;s name.</source>
        <translation>admin %1 takes the user&apos;s name.</translation>
    </message>
    <message>
        <source>admin remove-user takes only the user&apos;s name.</source>
        <translation>admin remove-user takes only the user&apos;s name.</translation>
    </message>
    <message>
        <source>Removed %1 from %2; the login role stays on the server (dropuser removes it).</source>
        <translation>Removed %1 from %2; the login role stays on the server (dropuser removes it).</translation>
    </message>
    <message>
        <source>admin add-user needs --role viewer, ward-editor, city-editor or admin.</source>
        <translation>admin add-user needs --role viewer, ward-editor, city-editor or admin.</translation>
    </message>
    <message>
        <source>A ward editor needs at least one --ward.</source>
        <translation>A ward editor needs at least one --ward.</translation>
    </message>
    <message>
        <source>--ward is for a ward editor only.</source>
        <translation>--ward is for a ward editor only.</translation>
    </message>
    <message>
        <source>%1 is now %2 of %3.</source>
        <translation>%1 is now %2 of %3.</translation>
    </message>
    <message>
        <source>Usage: seika-cli --db URL admin add-user NAME --role viewer|ward-editor|city-editor|admin [--ward WARD …]
       seika-cli --db URL admin list-users
       seika-cli --db URL admin remove-user NAME
The users of a document on a PostgreSQL server and what each may change: a viewer reads, a ward editor enters the figures of their wards, a city editor also every area&apos;s figures, grades, surveys and locks, an admin also the plan, wards, settings and users. add-user creates the login role NAME when the server has none (without a password: the server&apos;s administrator sets it, e.g. psql \password NAME) and gives it the role; remove-user takes the role away. Only an admin or the database&apos;s owner may. The server enforces the roles itself (docs/server.md).</source>
        <translation>Usage: seika-cli --db URL admin add-user NAME --role viewer|ward-editor|city-editor|admin [--ward WARD …]
       seika-cli --db URL admin list-users
       seika-cli --db URL admin remove-user NAME
The users of a document on a PostgreSQL server and what each may change: a viewer reads, a ward editor enters the figures of their wards, a city editor also every area&apos;s figures, grades, surveys and locks, an admin also the plan, wards, settings and users. add-user creates the login role NAME when the server has none (without a password: the server&apos;s administrator sets it, e.g. psql \password NAME) and gives it the role; remove-user takes the role away. Only an admin or the database&apos;s owner may. The server enforces the roles itself (docs/server.md).</translation>
    </message>
    <message>
        <source>Copying: %1 of %2 figures…</source>
        <translation>Copying: %1 of %2 figures…</translation>
    </message>
</context>
<context>
    <name>seika::cli::SurveyCommands</name>
    <message>
        <source>random sample, by post</source>
        <translation>random sample, by post</translation>
    </message>
    <message>
        <source>internet survey</source>
        <translation>internet survey</translation>
    </message>
    <message>
        <source>everyone asked</source>
        <translation>everyone asked</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>M.T. %1</source>
        <translation>M.T. %1</translation>
    </message>
    <message>
        <source>error: the answers sum to %1, over 100% for a single answer</source>
        <translation>error: the answers sum to %1, over 100% for a single answer</translation>
    </message>
    <message>
        <source>no answer or unknown: %1</source>
        <translation>no answer or unknown: %1</translation>
    </message>
    <message>
        <source>The document has no surveys.</source>
        <translation>The document has no surveys.</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>response rate %1</source>
        <translation>response rate %1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Method: %1</translation>
    </message>
    <message>
        <source>Sent: %1, valid responses: %2</source>
        <translation>Sent: %1, valid responses: %2</translation>
    </message>
    <message>
        <source>± is the 95% margin of error%1; * marks a base under %2 (unreliable).</source>
        <translation>± is the 95% margin of error%1; * marks a base under %2 (unreliable).</translation>
    </message>
    <message>
        <source> (finite population %1)</source>
        <translation> (finite population %1)</translation>
    </message>
    <message>
        <source>Usage: seika-cli [--db FILE] survey list [--format text|json]
       seika-cli [--db FILE] survey show ID [--moe] [--format text|json]
list: the surveys of the document with their year, valid responses (n) and response rate.
show: every question of the survey ID with its answer categories and, for 全体 and each group, the base n (* under 30: unreliable) and the percentages, derived from counts where counts were entered. A single-answer row that sums under 100% shows the rest as no answer or unknown; over 100.5% is an error. A multiple-answer row shows its total mentions (M.T.). --moe adds the 95% margin of error of each percentage, with the finite population correction when the population is known.</source>
        <translation>Usage: seika-cli [--db FILE] survey list [--format text|json]
       seika-cli [--db FILE] survey show ID [--moe] [--format text|json]
list: the surveys of the document with their year, valid responses (n) and response rate.
show: every question of the survey ID with its answer categories and, for 全体 and each group, the base n (* under 30: unreliable) and the percentages, derived from counts where counts were entered. A single-answer row that sums under 100% shows the rest as no answer or unknown; over 100.5% is an error. A multiple-answer row shows its total mentions (M.T.). --moe adds the 95% margin of error of each percentage, with the finite population correction when the population is known.</translation>
    </message>
    <message>
        <source>Run seika-cli survey --help for usage.</source>
        <translation>Run seika-cli survey --help for usage.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use text or json.</source>
        <translation>Unknown format “%1”: use text or json.</translation>
    </message>
    <message>
        <source>survey list takes no ID and no --moe.</source>
        <translation>survey list takes no ID and no --moe.</translation>
    </message>
    <message>
        <source>survey show needs the ID of one survey, as survey list shows it.</source>
        <translation>survey show needs the ID of one survey, as survey list shows it.</translation>
    </message>
    <message>
        <source>survey needs list or show.</source>
        <translation>survey needs list or show.</translation>
    </message>
    <message>
        <source>Unknown survey action “%1”: use list or show.</source>
        <translation>Unknown survey action “%1”: use list or show.</translation>
    </message>
    <message>
        <source>There is no survey “%1” in this document; survey list shows them.</source>
        <translation>There is no survey “%1” in this document; survey list shows them.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Assumed valid responses: %1</source>
        <translation>Assumed valid responses: %1</translation>
    </message>
</context>
<context>
    <name>seika::core::ChangeKind</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Correction of survey values</source>
        <translation>Correction of survey values</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
</context>
<context>
    <name>seika::core::CsvImport</name>
    <message>
        <source>overwrites the existing figure: %1 → %2</source>
        <translation>overwrites the existing figure: %1 → %2</translation>
    </message>
</context>
<context>
    <name>seika::core::Entry</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the whole city</source>
        <translation>the whole city</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4 differs from the previous figure %5 (%6) by %7%, more than the band of ±%8%.</source>
        <translation>%1, %2, %3: %4 differs from the previous figure %5 (%6) by %7%, more than the band of ±%8%.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1, %2: the series breaks: %3 has no figure between %4 and %5.</source>
        <translation>%1, %2: the series breaks: %3 has no figure between %4 and %5.</translation>
    </message>
    <message>
        <source>%1, %2, %3: the entered city figure %4 differs from %5, the sum of the wards&apos; numerators over the sum of their denominators.</source>
        <translation>%1, %2, %3: the entered city figure %4 differs from %5, the sum of the wards&apos; numerators over the sum of their denominators.</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4 is far from the other wards of the year (median %5): %6%, more than twice the band of ±%7%.</source>
        <translation>%1, %2, %3: %4 is far from the other wards of the year (median %5): %6%, more than twice the band of ±%7%.</translation>
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
    <message>
        <source>The ward “%1” still has figures; clear them before removing the ward.</source>
        <translation>The ward “%1” still has figures; clear them before removing the ward.</translation>
    </message>
    <message>
        <source>The CSV file is empty: it has not even a header row.</source>
        <translation>The CSV file is empty: it has not even a header row.</translation>
    </message>
    <message>
        <source>The CSV file has a header row but no data rows.</source>
        <translation>The CSV file has a header row but no data rows.</translation>
    </message>
    <message>
        <source>The file holds binary data (a NUL byte), so it is not a CSV text file.</source>
        <translation>The file holds binary data (a NUL byte), so it is not a CSV text file.</translation>
    </message>
    <message>
        <source>The bytes %1 are not valid %2 text. Choose the file&apos;s encoding (utf8 or cp932).</source>
        <translation>The bytes %1 are not valid %2 text. Choose the file&apos;s encoding (utf8 or cp932).</translation>
    </message>
    <message>
        <source>The file ends in the middle of a %2 character (bytes %1); it may have been cut off.</source>
        <translation>The file ends in the middle of a %2 character (bytes %1); it may have been cut off.</translation>
    </message>
    <message>
        <source>The file starts with a UTF-8 byte order mark, but it was to be read as %1. Read it as UTF-8.</source>
        <translation>The file starts with a UTF-8 byte order mark, but it was to be read as %1. Read it as UTF-8.</translation>
    </message>
    <message>
        <source>A quoted field is never closed: a double quote is missing.</source>
        <translation>A quoted field is never closed: a double quote is missing.</translation>
    </message>
    <message>
        <source>The row has %1 fields, but the header has %2.</source>
        <translation>The row has %1 fields, but the header has %2.</translation>
    </message>
    <message>
        <source>The header lacks the column %1.</source>
        <translation>The header lacks the column %1.</translation>
    </message>
    <message>
        <source>The header names the column “%1” twice.</source>
        <translation>The header names the column “%1” twice.</translation>
    </message>
    <message>
        <source>The character “%1” cannot be written in %2. Choose a replacement character or another encoding.</source>
        <translation>The character “%1” cannot be written in %2. Choose a replacement character or another encoding.</translation>
    </message>
    <message>
        <source>The row gives both a value and a numerator and denominator for “%1”; give one or the other.</source>
        <translation>The row gives both a value and a numerator and denominator for “%1”; give one or the other.</translation>
    </message>
    <message>
        <source>A numerator needs a denominator and the other way round.</source>
        <translation>A numerator needs a denominator and the other way round.</translation>
    </message>
    <message>
        <source>“%1” is not a ratio, so it has no numerator and denominator; give the value.</source>
        <translation>“%1” is not a ratio, so it has no numerator and denominator; give the value.</translation>
    </message>
    <message>
        <source>The file is UTF-16 text (Excel&apos;s “Unicode text”). Save it as “CSV UTF-8” or “CSV” and import that file.</source>
        <translation>The file is UTF-16 text (Excel&apos;s “Unicode text”). Save it as “CSV UTF-8” or “CSV” and import that file.</translation>
    </message>
    <message>
        <source>Stopped at your request; nothing was changed.</source>
        <translation>Stopped at your request; nothing was changed.</translation>
    </message>
    <message>
        <source>“%1” is not a survey method; methods are random_postal, internet, census and other.</source>
        <translation>“%1” is not a survey method; methods are random_postal, internet, census and other.</translation>
    </message>
    <message>
        <source>The survey has %1 valid responses but only %2 questionnaires were sent.</source>
        <translation>The survey has %1 valid responses but only %2 questionnaires were sent.</translation>
    </message>
    <message>
        <source>The row has %1 cells, but the question has only %2 answer categories.</source>
        <translation>The row has %1 cells, but the question has only %2 answer categories.</translation>
    </message>
    <message>
        <source>The count %1 is greater than the row&apos;s base n = %2.</source>
        <translation>The count %1 is greater than the row&apos;s base n = %2.</translation>
    </message>
    <message>
        <source>The single-answer row adds up to %1%, more than %2%: one answer per respondent cannot.</source>
        <translation>The single-answer row adds up to %1%, more than %2%: one answer per respondent cannot.</translation>
    </message>
    <message>
        <source>%1 takes its value for %2 from two surveys (%3 and %4); keep the question in one of them.</source>
        <translation>%1 takes its value for %2 from two surveys (%3 and %4); keep the question in one of them.</translation>
    </message>
    <message>
        <source>The value of %1 for %2 is taken from %3. Correct the survey instead.</source>
        <translation>The value of %1 for %2 is taken from %3. Correct the survey instead.</translation>
    </message>
    <message>
        <source>There is no basic policy “%1” in this document.</source>
        <translation>There is no basic policy “%1” in this document.</translation>
    </message>
    <message>
        <source>There is no policy “%1” in this document.</source>
        <translation>There is no policy “%1” in this document.</translation>
    </message>
    <message>
        <source>“%1” still holds policies; remove or move them first.</source>
        <translation>“%1” still holds policies; remove or move them first.</translation>
    </message>
    <message>
        <source>“%1” still holds measures; remove or move them first.</source>
        <translation>“%1” still holds measures; remove or move them first.</translation>
    </message>
    <message>
        <source>“%1” still has indicators; remove them first.</source>
        <translation>“%1” still has indicators; remove them first.</translation>
    </message>
    <message>
        <source>“%1” still has evaluations; remove them first.</source>
        <translation>“%1” still has evaluations; remove them first.</translation>
    </message>
    <message>
        <source>The indicator “%1” still has figures; clear them before removing it.</source>
        <translation>The indicator “%1” still has figures; clear them before removing it.</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>A title is required.</translation>
    </message>
    <message>
        <source>“%1” is not a figure source: write entered, or sum_of_wards for a city figure that is the sum of the wards (such a row is not imported).</source>
        <translation>“%1” is not a figure source: write entered, or sum_of_wards for a city figure that is the sum of the wards (such a row is not imported).</translation>
    </message>
    <message>
        <source>“%1” is not a number: it has a letter where a digit belongs. Did you mean %2?</source>
        <translation>“%1” is not a number: it has a letter where a digit belongs. Did you mean %2?</translation>
    </message>
    <message>
        <source>The file is in the wide layout (one column per fiscal year, such as “%1”), which Seika writes for reading and charts. Import a file in the long layout: one figure per row with a fiscal_year (年度) column, as export-csv --layout long writes it.</source>
        <translation>The file is in the wide layout (one column per fiscal year, such as “%1”), which Seika writes for reading and charts. Import a file in the long layout: one figure per row with a fiscal_year (年度) column, as export-csv --layout long writes it.</translation>
    </message>
    <message>
        <source>trigger %1 (%2)</source>
        <translation>trigger %1 (%2)</translation>
    </message>
    <message>
        <source>view %1</source>
        <translation>view %1</translation>
    </message>
    <message>
        <source>index %1 (%2)</source>
        <translation>index %1 (%2)</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>table %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>“%1” is not a trusted document: %2, which Seika creates, is missing. It was not opened and was left unchanged.</source>
        <translation>“%1” is not a trusted document: %2, which Seika creates, is missing. It was not opened and was left unchanged.</translation>
    </message>
    <message>
        <source>“%1” is not a trusted document: %2 is not defined as Seika defines it. It was not opened and was left unchanged.</source>
        <translation>“%1” is not a trusted document: %2 is not defined as Seika defines it. It was not opened and was left unchanged.</translation>
    </message>
    <message>
        <source>“%1” is not a trusted document: %2 was not created by Seika. It was not opened and was left unchanged.</source>
        <translation>“%1” is not a trusted document: %2 was not created by Seika. It was not opened and was left unchanged.</translation>
    </message>
    <message>
        <source>“%1” is in the format of an older Seika (document version %2). It must be upgraded to this version&apos;s format before it can be changed, and older versions of Seika will not open it afterwards. The file was left unchanged.</source>
        <translation>“%1” is in the format of an older Seika (document version %2). It must be upgraded to this version&apos;s format before it can be changed, and older versions of Seika will not open it afterwards. The file was left unchanged.</translation>
    </message>
    <message>
        <source>The count %1 is too large: Seika stores counts up to %2 exactly.</source>
        <translation>The count %1 is too large: Seika stores counts up to %2 exactly.</translation>
    </message>
    <message>
        <source>The file “%1” is write-protected; Seika does not overwrite it. Choose another name or remove the protection first.</source>
        <translation>The file “%1” is write-protected; Seika does not overwrite it. Choose another name or remove the protection first.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file; give a file name.</source>
        <translation>“%1” is a folder, not a file; give a file name.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file, a device or a pipe; Seika does not write to it.</source>
        <translation>“%1” is not a regular file, a device or a pipe; Seika does not write to it.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: permission denied.</source>
        <translation>The file “%1” cannot be written: permission denied.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: its folder does not exist.</source>
        <translation>The file “%1” cannot be written: its folder does not exist.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: the disk at %2 is full, and SQLite needs a little room next to the document to read it. Free some space and try again; the document is unchanged.</source>
        <translation>“%1” cannot be read: the disk at %2 is full, and SQLite needs a little room next to the document to read it. Free some space and try again; the document is unchanged.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: the disk at %2 is full. Free some space there and try again; nothing was changed.</source>
        <translation>The file “%1” cannot be written: the disk at %2 is full. Free some space there and try again; nothing was changed.</translation>
    </message>
    <message>
        <source>“%1” can be read but not changed: you have no permission to write this file. Seika opens it read-only; to change it, ask for write permission or save a copy.</source>
        <translation>“%1” can be read but not changed: you have no permission to write this file. Seika opens it read-only; to change it, ask for write permission or save a copy.</translation>
    </message>
    <message>
        <source>“%1” can be read but not changed: Seika must be able to write in its folder %2 (where it keeps the document&apos;s journal while writing), and you may not. Seika opens it read-only.</source>
        <translation>“%1” can be read but not changed: Seika must be able to write in its folder %2 (where it keeps the document&apos;s journal while writing), and you may not. Seika opens it read-only.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Seika document; give the document&apos;s file name.</source>
        <translation>“%1” is a folder, not a Seika document; give the document&apos;s file name.</translation>
    </message>
    <message>
        <source>“%1” is not a server address Seika can use (%2). Write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>“%1” is not a server address Seika can use (%2). Write postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The database server of “%1” cannot be reached. Check the address and the network, or ask the server&apos;s administrator. (%2)</source>
        <translation>The database server of “%1” cannot be reached. Check the address and the network, or ask the server&apos;s administrator. (%2)</translation>
    </message>
    <message>
        <source>The database server refused the user for “%1”. Check the user name and the password (in ~/.pgpass or PGPASSFILE). (%2)</source>
        <translation>The database server refused the user for “%1”. Check the user name and the password (in ~/.pgpass or PGPASSFILE). (%2)</translation>
    </message>
    <message>
        <source>The server has no database for “%1”. Ask its administrator to create it (createdb), then run “seika-cli server init”.</source>
        <translation>The server has no database for “%1”. Ask its administrator to create it (createdb), then run “seika-cli server init”.</translation>
    </message>
    <message>
        <source>The database “%1” is not empty; a new Seika document goes only into an empty database. Nothing was changed.</source>
        <translation>The database “%1” is not empty; a new Seika document goes only into an empty database. Nothing was changed.</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>viewer</translation>
    </message>
    <message>
        <source>ward editor</source>
        <translation>ward editor</translation>
    </message>
    <message>
        <source>city editor</source>
        <translation>city editor</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>no role in this document</source>
        <translation>no role in this document</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Nothing in this document can be changed (%1).</source>
        <translation>Nothing in this document can be changed (%1).</translation>
    </message>
    <message>
        <source>Grades, directions and their reasons cannot be changed (%1).</source>
        <translation>Grades, directions and their reasons cannot be changed (%1).</translation>
    </message>
    <message>
        <source>Years cannot be locked or unlocked (%1).</source>
        <translation>Years cannot be locked or unlocked (%1).</translation>
    </message>
    <message>
        <source>Surveys cannot be changed (%1).</source>
        <translation>Surveys cannot be changed (%1).</translation>
    </message>
    <message>
        <source>The document&apos;s settings, texts and wards cannot be changed (%1).</source>
        <translation>The document&apos;s settings, texts and wards cannot be changed (%1).</translation>
    </message>
    <message>
        <source>The plan&apos;s structure and definitions cannot be changed (%1).</source>
        <translation>The plan&apos;s structure and definitions cannot be changed (%1).</translation>
    </message>
    <message>
        <source>Only an admin can add, change or remove users (%1).</source>
        <translation>Only an admin can add, change or remove users (%1).</translation>
    </message>
    <message>
        <source>The server refused the change: it is not permitted (%1). Nothing was changed.</source>
        <translation>The server refused the change: it is not permitted (%1). Nothing was changed.</translation>
    </message>
    <message>
        <source>“%1” is a file; users and roles exist only for a document on a server (postgresql://…). A file&apos;s user may change everything in it.</source>
        <translation>“%1” is a file; users and roles exist only for a document on a server (postgresql://…). A file&apos;s user may change everything in it.</translation>
    </message>
    <message>
        <source>“%1” is not a user of this document.</source>
        <translation>“%1” is not a user of this document.</translation>
    </message>
    <message>
        <source>“%1” cannot be a database user&apos;s name: use letters, digits, _ and - (at most 63 characters).</source>
        <translation>“%1” cannot be a database user&apos;s name: use letters, digits, _ and - (at most 63 characters).</translation>
    </message>
    <message>
        <source>Values for %1 cannot be entered (%2).</source>
        <translation>Values for %1 cannot be entered (%2).</translation>
    </message>
    <message>
        <source>The database server does not let this user create or grant the role “%1”: the database&apos;s owner needs CREATEROLE, or the server&apos;s administrator creates the role (docs/server.md). Nothing was changed.</source>
        <translation>The database server does not let this user create or grant the role “%1”: the database&apos;s owner needs CREATEROLE, or the server&apos;s administrator creates the role (docs/server.md). Nothing was changed.</translation>
    </message>
    <message>
        <source>The user %1 has no role in this document. An admin adds users with “seika-cli admin add-user”.</source>
        <translation>The user %1 has no role in this document. An admin adds users with “seika-cli admin add-user”.</translation>
    </message>
    <message>
        <source>the value</source>
        <translation>the value</translation>
    </message>
    <message>
        <source>the grade</source>
        <translation>the grade</translation>
    </message>
    <message>
        <source>the direction</source>
        <translation>the direction</translation>
    </message>
    <message>
        <source>the reasons</source>
        <translation>the reasons</translation>
    </message>
    <message>
        <source>the entry</source>
        <translation>the entry</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Someone else changed %1 of %2: %3 at %4. Stored now: %5; yours: %6. Your change was not saved.</source>
        <translation>Someone else changed %1 of %2: %3 at %4. Stored now: %5; yours: %6. Your change was not saved.</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>another user</translation>
    </message>
    <message>
        <source>locked (確定)</source>
        <translation>locked (確定)</translation>
    </message>
    <message>
        <source>Seika is still waiting for the server of “%1” to answer; this change was not saved. Make it again when the server has answered.</source>
        <translation>Seika is still waiting for the server of “%1” to answer; this change was not saved. Make it again when the server has answered.</translation>
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
    <message>
        <source>%1 (sum of the wards)</source>
        <translation>%1 (sum of the wards)</translation>
    </message>
</context>
<context>
    <name>seika::core::PlanImport</name>
    <message>
        <source>(the city&apos;s figure)</source>
        <translation>(the city&apos;s figure)</translation>
    </message>
    <message>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <source>basic policy</source>
        <translation>basic policy</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>policy</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>measure</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicator</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>direct goal</source>
        <translation>direct goal</translation>
    </message>
    <message>
        <source>programmes</source>
        <translation>programmes</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>better direction</source>
        <translation>better direction</translation>
    </message>
    <message>
        <source>decimals</source>
        <translation>decimals</translation>
    </message>
    <message>
        <source>numerator label</source>
        <translation>numerator label</translation>
    </message>
    <message>
        <source>denominator label</source>
        <translation>denominator label</translation>
    </message>
    <message>
        <source>numerator unit</source>
        <translation>numerator unit</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>calculation method</source>
        <translation>calculation method</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>rationale</translation>
    </message>
    <message>
        <source>rationale for the targets</source>
        <translation>rationale for the targets</translation>
    </message>
    <message>
        <source>baselines</source>
        <translation>baselines</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>targets</translation>
    </message>
    <message>
        <source>adds the %1 %2</source>
        <translation>adds the %1 %2</translation>
    </message>
    <message>
        <source>changes the %1 of the %2 %3: %4 → %5</source>
        <translation>changes the %1 of the %2 %3: %4 → %5</translation>
    </message>
    <message>
        <source>“%1” differs from line %2, which gives “%3” for the same %4.</source>
        <translation>“%1” differs from line %2, which gives “%3” for the same %4.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of record: use basic_policy, policy, measure or indicator (基本政策, 政策, 施策, 指標).</source>
        <translation>“%1” is not a kind of record: use basic_policy, policy, measure or indicator (基本政策, 政策, 施策, 指標).</translation>
    </message>
    <message>
        <source>The row is marked “%1”, but the deepest record it names is a %2.</source>
        <translation>The row is marked “%1”, but the deepest record it names is a %2.</translation>
    </message>
    <message>
        <source>The row names no basic policy, policy, measure or indicator: give a code or a title.</source>
        <translation>The row names no basic policy, policy, measure or indicator: give a code or a title.</translation>
    </message>
    <message>
        <source>There is no %1 “%2” in the document; give its title to add it.</source>
        <translation>There is no %1 “%2” in the document; give its title to add it.</translation>
    </message>
    <message>
        <source>The new %1 “%2” needs its %3: name it in the same row.</source>
        <translation>The new %1 “%2” needs its %3: name it in the same row.</translation>
    </message>
    <message>
        <source>More than one %1 has the title “%2”; name it by its code.</source>
        <translation>More than one %1 has the title “%2”; name it by its code.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of indicator: use ratio, survey_share, count or value (比率, 意識調査, 件数, 値).</source>
        <translation>“%1” is not a kind of indicator: use ratio, survey_share, count or value (比率, 意識調査, 件数, 値).</translation>
    </message>
    <message>
        <source>“%1” is not a direction: use higher or lower (高い, 低い).</source>
        <translation>“%1” is not a direction: use higher or lower (高い, 低い).</translation>
    </message>
    <message>
        <source>“%1” is not an indicator number: use 1, 2, 3 … or ①, ②, ③ ….</source>
        <translation>“%1” is not an indicator number: use 1, 2, 3 … or ①, ②, ③ ….</translation>
    </message>
    <message>
        <source>“%1” is not a number of decimals: use a whole number from 0 to 9.</source>
        <translation>“%1” is not a number of decimals: use a whole number from 0 to 9.</translation>
    </message>
    <message>
        <source>A baseline needs its fiscal year (the column baseline_fiscal_year, 現状値年度).</source>
        <translation>A baseline needs its fiscal year (the column baseline_fiscal_year, 現状値年度).</translation>
    </message>
    <message>
        <source>The row fills indicator columns but names no indicator: give its name (indicator_name, 指標名) or its code.</source>
        <translation>The row fills indicator columns but names no indicator: give its name (indicator_name, 指標名) or its code.</translation>
    </message>
    <message>
        <source>The measure would have two indicators numbered %1: %2 and %3.</source>
        <translation>The measure would have two indicators numbered %1: %2 and %3.</translation>
    </message>
</context>
<context>
    <name>seika::core::ResponsesImport</name>
    <message>
        <source>The row has %1 fields, but the header has %2.</source>
        <translation>The row has %1 fields, but the header has %2.</translation>
    </message>
    <message>
        <source>The attribute is empty, so the respondent belongs to no group.</source>
        <translation>The attribute is empty, so the respondent belongs to no group.</translation>
    </message>
    <message>
        <source>“%1” is not an answer code: write the category&apos;s number (1, 2, …).</source>
        <translation>“%1” is not an answer code: write the category&apos;s number (1, 2, …).</translation>
    </message>
    <message>
        <source>The code %1 is out of range: the question has the categories 1 to %2.</source>
        <translation>The code %1 is out of range: the question has the categories 1 to %2.</translation>
    </message>
    <message>
        <source>The question takes a single answer (S.A.), but the row gives several codes.</source>
        <translation>The question takes a single answer (S.A.), but the row gives several codes.</translation>
    </message>
    <message>
        <source>The code %1 is given twice in one answer.</source>
        <translation>The code %1 is given twice in one answer.</translation>
    </message>
    <message>
        <source>The weight is empty; every respondent needs a positive weight.</source>
        <translation>The weight is empty; every respondent needs a positive weight.</translation>
    </message>
    <message>
        <source>The weight “%1” is not a positive number.</source>
        <translation>The weight “%1” is not a positive number.</translation>
    </message>
</context>
<context>
    <name>seika::core::StoreInterrupt</name>
    <message>
        <source>the server did not answer, and Seika stopped waiting for it</source>
        <translation>the server did not answer, and Seika stopped waiting for it</translation>
    </message>
</context>
<context>
    <name>seika::core::SurveyStats</name>
    <message>
        <source>significant change</source>
        <translation>significant change</translation>
    </message>
    <message>
        <source>within sampling error</source>
        <translation>within sampling error</translation>
    </message>
    <message>
        <source>%1: n unknown</source>
        <translation>%1: n unknown</translation>
    </message>
    <message>
        <source>%1: %2 (z = %3)</source>
        <translation>%1: %2 (z = %3)</translation>
    </message>
    <message>
        <source>%1: z = %2, p %3, %4</source>
        <translation>%1: z = %2, p %3, %4</translation>
    </message>
    <message>
        <source>%1 (assumed)</source>
        <translation>%1 (assumed)</translation>
    </message>
    <message>
        <source>n = %1 is assumed</source>
        <translation>n = %1 is assumed</translation>
    </message>
    <message>
        <source>%1: %2 (z = %3; %4)</source>
        <translation>%1: %2 (z = %3; %4)</translation>
    </message>
    <message>
        <source> (n = %1, assumed)</source>
        <translation> (n = %1, assumed)</translation>
    </message>
</context>
<context>
    <name>seika::ui::AuditModel</name>
    <message>
        <source>Set value</source>
        <translation>Set value</translation>
    </message>
    <message>
        <source>Clear value</source>
        <translation>Clear value</translation>
    </message>
    <message>
        <source>Indicator definition</source>
        <translation>Indicator definition</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Lock year</source>
        <translation>Lock year</translation>
    </message>
    <message>
        <source>Unlock year</source>
        <translation>Unlock year</translation>
    </message>
    <message>
        <source>Wards</source>
        <translation>Wards</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Grade reasons</source>
        <translation>Grade reasons</translation>
    </message>
    <message>
        <source>Direction reasons</source>
        <translation>Direction reasons</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Calculation method</source>
        <translation>Calculation method</translation>
    </message>
    <message>
        <source>Indicator rationale</source>
        <translation>Indicator rationale</translation>
    </message>
    <message>
        <source>Target rationale</source>
        <translation>Target rationale</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Decimals</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Better direction</source>
        <translation>Better direction</translation>
    </message>
    <message>
        <source>Numerator label</source>
        <translation>Numerator label</translation>
    </message>
    <message>
        <source>Denominator label</source>
        <translation>Denominator label</translation>
    </message>
    <message>
        <source>Numerator unit</source>
        <translation>Numerator unit</translation>
    </message>
    <message>
        <source>Baselines</source>
        <translation>Baselines</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1 (%2)</source>
        <translation>from %1 (%2)</translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed</source>
        <translation>%1 added, %2 changed, %3 removed</translation>
    </message>
    <message>
        <source>%1 of its %2 entries match the filter.</source>
        <translation>%1 of its %2 entries match the filter.</translation>
    </message>
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
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Direct goal</source>
        <translation>Direct goal</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Report footer</source>
        <translation>Report footer</translation>
    </message>
</context>
<context>
    <name>seika::ui::AuditView</name>
    <message>
        <source>Audit Log</source>
        <translation>Audit Log</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>All indicators</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>The audit log could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded changes</source>
        <translation>Recorded changes</translation>
    </message>
</context>
<context>
    <name>seika::ui::BaselineTableModel</name>
    <message>
        <source>The baseline the evaluation compares with (現状値)</source>
        <translation>The baseline the evaluation compares with (現状値)</translation>
    </message>
    <message>
        <source>Take the value from the city&apos;s observation of that year, so that it is never typed twice</source>
        <translation>Take the value from the city&apos;s observation of that year, so that it is never typed twice</translation>
    </message>
    <message>
        <source>%1 (derived)</source>
        <translation>%1 (derived)</translation>
    </message>
    <message>
        <source>(derived: no observation for %1)</source>
        <translation>(derived: no observation for %1)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>Derived</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Baseline %1, %2: %3</source>
        <translation>Baseline %1, %2: %3</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>%1 already has a baseline (row %2).</source>
        <translation>%1 already has a baseline (row %2).</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
</context>
<context>
    <name>seika::ui::ChartPanel</name>
    <message>
        <source>&amp;Grayscale</source>
        <translation>&amp;Grayscale</translation>
    </message>
    <message>
        <source>Patterns and line styles for monochrome printing</source>
        <translation>Patterns and line styles for monochrome printing</translation>
    </message>
    <message>
        <source>Show the denominator (such as the total households) as bars too</source>
        <translation>Show the denominator (such as the total households) as bars too</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>Export as &amp;SVG…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Export as P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>&amp;Copy Chart</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>All wards</source>
        <translation>All wards</translation>
    </message>
    <message>
        <source>Select a measure to see the charts of its indicators.</source>
        <translation>Select a measure to see the charts of its indicators.</translation>
    </message>
    <message>
        <source>This measure has no indicators to chart.</source>
        <translation>This measure has no indicators to chart.</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <source>The chart could not be written to “%1”.</source>
        <translation>The chart could not be written to “%1”.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG drawings (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Export as P&amp;NG…</source>
        <translation>Export as P&amp;NG…</translation>
    </message>
    <message>
        <source>&amp;Print Chart…</source>
        <translation>&amp;Print Chart…</translation>
    </message>
    <message>
        <source>Print &amp;All Charts of the Measure…</source>
        <translation>Print &amp;All Charts of the Measure…</translation>
    </message>
    <message>
        <source>Print the chart shown (its indicator and area) on one page, after a preview</source>
        <translation>Print the chart shown (its indicator and area) on one page, after a preview</translation>
    </message>
    <message>
        <source>Print the charts of every indicator of this measure, one to a page</source>
        <translation>Print the charts of every indicator of this measure, one to a page</translation>
    </message>
    <message>
        <source>Print All Charts</source>
        <translation>Print All Charts</translation>
    </message>
    <message>
        <source>Print Chart</source>
        <translation>Print Chart</translation>
    </message>
    <message>
        <source>The charts could not be written to “%1”.</source>
        <translation>The charts could not be written to “%1”.</translation>
    </message>
    <message>
        <source>Sho&amp;w totals</source>
        <translation>Sho&amp;w totals</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
</context>
<context>
    <name>seika::ui::ChartPrinter</name>
    <message>
        <source>Printed %1</source>
        <translation>Printed %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>seika::ui::ClearButton</name>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>seika::ui::ConflictDialog</name>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Someone else changed this value</source>
        <translation>Someone else changed this value</translation>
    </message>
    <message>
        <source>Since this window read the document, another user has changed what you just edited. Your change has not been saved. Choose which value to keep.</source>
        <translation>Since this window read the document, another user has changed what you just edited. Your change has not been saved. Choose which value to keep.</translation>
    </message>
    <message>
        <source>Row:</source>
        <translation>Row:</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Field:</translation>
    </message>
    <message>
        <source>Your value:</source>
        <translation>Your value:</translation>
    </message>
    <message>
        <source>Stored value:</source>
        <translation>Stored value:</translation>
    </message>
    <message>
        <source>Changed by:</source>
        <translation>Changed by:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>another user</translation>
    </message>
    <message>
        <source>Keep mine (overwrite)</source>
        <translation>Keep mine (overwrite)</translation>
    </message>
    <message>
        <source>Save your value over the stored one, as a new step that can be undone.</source>
        <translation>Save your value over the stored one, as a new step that can be undone.</translation>
    </message>
    <message>
        <source>Keep the stored value</source>
        <translation>Keep the stored value</translation>
    </message>
    <message>
        <source>Keep what is stored; your value is dropped.</source>
        <translation>Keep what is stored; your value is dropped.</translation>
    </message>
</context>
<context>
    <name>seika::ui::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Connect to Server</translation>
    </message>
    <message>
        <source>Open a Seika document in a PostgreSQL database. Seika never stores a password: type it below for this connection, or keep it in ~/.pgpass.</source>
        <translation>Open a Seika document in a PostgreSQL database. Seika never stores a password: type it below for this connection, or keep it in ~/.pgpass.</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Server host</translation>
    </message>
    <message>
        <source>db.city.example (empty: this computer)</source>
        <translation>db.city.example (empty: this computer)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Server port</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>kawasaki_plan</source>
        <translation>kawasaki_plan</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>empty: your login name</source>
        <translation>empty: your login name</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>empty: ~/.pgpass, or asked when needed</source>
        <translation>empty: ~/.pgpass, or asked when needed</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>TLS mode (sslmode)</source>
        <translation>TLS mode (sslmode)</translation>
    </message>
    <message>
        <source>libpq&apos;s default (prefer)</source>
        <translation>libpq&apos;s default (prefer)</translation>
    </message>
    <message>
        <source>verify-full checks the server&apos;s certificate and name: use it across a network.</source>
        <translation>verify-full checks the server&apos;s certificate and name: use it across a network.</translation>
    </message>
    <message>
        <source>&amp;TLS (sslmode):</source>
        <translation>&amp;TLS (sslmode):</translation>
    </message>
    <message>
        <source>More libpq settings</source>
        <translation>More libpq settings</translation>
    </message>
    <message>
        <source>sslrootcert=/etc/ssl/city-ca.pem connect_timeout=5</source>
        <translation>sslrootcert=/etc/ssl/city-ca.pem connect_timeout=5</translation>
    </message>
    <message>
        <source>Further libpq settings as key=value, separated by spaces or “&amp;”.</source>
        <translation>Further libpq settings as key=value, separated by spaces or “&amp;”.</translation>
    </message>
    <message>
        <source>&amp;More settings:</source>
        <translation>&amp;More settings:</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server URL</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full</source>
        <translation>postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full</translation>
    </message>
    <message>
        <source>The same connection as a URL: paste one here to fill the fields.</source>
        <translation>The same connection as a URL: paste one here to fill the fields.</translation>
    </message>
    <message>
        <source>U&amp;RL:</source>
        <translation>U&amp;RL:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>“%1” is not a setting: write key=value.</source>
        <translation>“%1” is not a setting: write key=value.</translation>
    </message>
    <message>
        <source>Give the database that holds the document.</source>
        <translation>Give the database that holds the document.</translation>
    </message>
    <message>
        <source>Write a URL as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Write a URL as postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
</context>
<context>
    <name>seika::ui::CsvExportDialog</name>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Yearly figures</source>
        <translation>Yearly figures</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Table:</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel)</source>
        <translation>UTF-8 with BOM (Excel)</translation>
    </message>
    <message>
        <source>UTF-8 without BOM</source>
        <translation>UTF-8 without BOM</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932)</source>
        <translation>Shift_JIS (CP932)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;Replace characters Shift_JIS cannot hold with</source>
        <translation>&amp;Replace characters Shift_JIS cannot hold with</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: %n character(s) cannot be written in Shift_JIS.</source>
        <translation>
            <numerusform>Nothing was written: %n character cannot be written in Shift_JIS.</numerusform>
            <numerusform>Nothing was written: %n characters cannot be written in Shift_JIS.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1, column %2 (%3): “%4”</source>
        <translation>Row %1, column %2 (%3): “%4”</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… and %1 more.</translation>
    </message>
    <message>
        <source>Tick the replacement, or choose UTF-8.</source>
        <translation>Tick the replacement, or choose UTF-8.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <source>Plan (policies, measures, indicators)</source>
        <translation>Plan (policies, measures, indicators)</translation>
    </message>
    <message>
        <source>Long: one figure per row (for import)</source>
        <translation>Long: one figure per row (for import)</translation>
    </message>
    <message>
        <source>Wide: one column per fiscal year (for reading and charts)</source>
        <translation>Wide: one column per fiscal year (for reading and charts)</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>Japanese (指標コード, 年度, 地域 …)</source>
        <translation>Japanese (指標コード, 年度, 地域 …)</translation>
    </message>
    <message>
        <source>English (indicator, fiscal_year, area …)</source>
        <translation>English (indicator, fiscal_year, area …)</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Header row:</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2 (%3).</source>
        <translation>Wrote %1 rows to %2 (%3).</translation>
    </message>
    <message>
        <source>Replacement character</source>
        <translation>Replacement character</translation>
    </message>
    <message>
        <source>Writing the CSV file…</source>
        <translation>Writing the CSV file…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Writing the CSV file… %1</source>
        <translation>Writing the CSV file… %1</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>The export was cancelled; nothing was written.</translation>
    </message>
</context>
<context>
    <name>seika::ui::CsvFindingModel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>seika::ui::CsvImportWizard</name>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932)</source>
        <translation>Shift_JIS (CP932)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>semicolon (;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>comma (,)</translation>
    </message>
    <message>
        <source>Indicator (code or name)</source>
        <translation>Indicator (code or name)</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Area (a ward; empty = the whole city)</source>
        <translation>Area (a ward; empty = the whole city)</translation>
    </message>
    <message>
        <source>Numerator (e.g. member households)</source>
        <translation>Numerator (e.g. member households)</translation>
    </message>
    <message>
        <source>Denominator (e.g. all households)</source>
        <translation>Denominator (e.g. all households)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>As of (date)</source>
        <translation>As of (date)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Comparator (以上 / 以下)</source>
        <translation>Comparator (以上 / 以下)</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Save &amp;Report…</source>
        <translation>Save &amp;Report…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>A CSV file from Excel, the open-data portal or a Seika export. Nothing is changed until the last step, after a dry run.</source>
        <translation>A CSV file from Excel, the open-data portal or a Seika export. Nothing is changed until the last step, after a dry run.</translation>
    </message>
    <message>
        <source>Yearly figures (実績値)</source>
        <translation>Yearly figures (実績値)</translation>
    </message>
    <message>
        <source>Targets (目標値)</source>
        <translation>Targets (目標値)</translation>
    </message>
    <message>
        <source>&amp;Contents:</source>
        <translation>&amp;Contents:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>%1 bytes, changed %2</source>
        <translation>%1 bytes, changed %2</translation>
    </message>
    <message>
        <source>Encoding and delimiter</source>
        <translation>Encoding and delimiter</translation>
    </message>
    <message>
        <source>Check that the Japanese text reads correctly below. Excel on Japanese Windows saves “CSV” as Shift_JIS and “CSV UTF-8” as UTF-8 with BOM.</source>
        <translation>Check that the Japanese text reads correctly below. Excel on Japanese Windows saves “CSV” as Shift_JIS and “CSV UTF-8” as UTF-8 with BOM.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimiter:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Which column holds which field. Seika finds its own and the Japanese column names by itself and remembers your choice for files with these columns. Fields marked * are required.</source>
        <translation>Which column holds which field. Seika finds its own and the Japanese column names by itself and remembers your choice for files with these columns. Fields marked * are required.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Field&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Column of the file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Column of the file&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;First row&lt;/b&gt;</source>
        <translation>&lt;b&gt;First row&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <source>Every row checked against the document, nothing changed yet. Errors must be corrected in the file; warnings are for you to judge.</source>
        <translation>Every row checked against the document, nothing changed yet. Errors must be corrected in the file; warnings are for you to judge.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV files (*.csv *.txt *.tsv);;All files (*)</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(not in the file)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose the column of: %1.</source>
        <translation>Choose the column of: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The column “%1” is chosen for both %2 and %3.</source>
        <translation>The column “%1” is chosen for both %2 and %3.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>The file cannot be imported: %1</translation>
    </message>
    <message>
        <source>Rows read: %1 · valid: %2 · with errors: %3 · warnings: %4</source>
        <translation>Rows read: %1 · valid: %2 · with errors: %3 · warnings: %4</translation>
    </message>
    <message>
        <source>Nothing to import: the document holds these figures already.</source>
        <translation>Nothing to import: the document holds these figures already.</translation>
    </message>
    <message>
        <source>With errors nothing is imported. Correct the file and run it again, or import only the valid rows.</source>
        <translation>With errors nothing is imported. Correct the file and run it again, or import only the valid rows.</translation>
    </message>
    <message>
        <source>Import writes the changes as one step; Edit ▸ Undo takes it back.</source>
        <translation>Import writes the changes as one step; Edit ▸ Undo takes it back.</translation>
    </message>
    <message>
        <source>Import only the %1 valid row(s); skip the rows with errors</source>
        <translation>Import only the %1 valid row(s); skip the rows with errors</translation>
    </message>
    <message>
        <source>-check.csv</source>
        <translation>-check.csv</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Save Report</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>line</source>
        <translation>line</translation>
    </message>
    <message>
        <source>column</source>
        <translation>column</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>Import “%1”</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>Detect: %1</source>
        <translation>Detect: %1</translation>
    </message>
    <message>
        <source>Importing %1 rows…</source>
        <translation>Importing %1 rows…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>Figure source (sum_of_wards rows are skipped)</source>
        <translation>Figure source (sum_of_wards rows are skipped)</translation>
    </message>
    <message>
        <source>%1 row(s) hold a city figure that is the sum of the wards; they are not imported (the wards&apos; rows carry it).</source>
        <translation>%1 row(s) hold a city figure that is the sum of the wards; they are not imported (the wards&apos; rows carry it).</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Preview of the first rows</translation>
    </message>
    <message>
        <source>Findings of the dry run</source>
        <translation>Findings of the dry run</translation>
    </message>
</context>
<context>
    <name>seika::ui::DocumentLocation</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>seika::ui::DocumentOpener</name>
    <message>
        <source>“%1” is in use. Open it read-only?</source>
        <translation>“%1” is in use. Open it read-only?</translation>
    </message>
    <message>
        <source>This document is open read-only: another Seika window or process has it.</source>
        <translation>This document is open read-only: another Seika window or process has it.</translation>
    </message>
    <message>
        <source>Upgrade “%1” to the new format?</source>
        <translation>Upgrade “%1” to the new format?</translation>
    </message>
    <message>
        <source>It was written by an older version of Seika (document version %1). It must be upgraded before it can be changed, and older versions of Seika will not open it afterwards. No opens it read-only, as it is.</source>
        <translation>It was written by an older version of Seika (document version %1). It must be upgraded before it can be changed, and older versions of Seika will not open it afterwards. No opens it read-only, as it is.</translation>
    </message>
    <message>
        <source>This document is open read-only in the format of an older Seika; upgrade it (open it again and answer Yes) to change it.</source>
        <translation>This document is open read-only in the format of an older Seika; upgrade it (open it again and answer Yes) to change it.</translation>
    </message>
    <message>
        <source>The server refused the connection (%1). If it needs a password, type it: Seika uses it for this connection only and never keeps it. To connect without typing it, put it in ~/.pgpass.</source>
        <translation>The server refused the connection (%1). If it needs a password, type it: Seika uses it for this connection only and never keeps it. To connect without typing it, put it in ~/.pgpass.</translation>
    </message>
    <message>
        <source>The server refused the user or the password (%1).</source>
        <translation>The server refused the user or the password (%1).</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Password for %1:</translation>
    </message>
    <message>
        <source>The server does not answer while “%1” is being upgraded. Stop waiting (Esc) to leave the document as it was.</source>
        <translation>The server does not answer while “%1” is being upgraded. Stop waiting (Esc) to leave the document as it was.</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Stop waiting</translation>
    </message>
</context>
<context>
    <name>seika::ui::DocumentSession</name>
    <message>
        <source>the server does not answer</source>
        <translation>the server does not answer</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Connected as %1.</translation>
    </message>
    <message>
        <source>A viewer reads everything and changes nothing.</source>
        <translation>A viewer reads everything and changes nothing.</translation>
    </message>
    <message>
        <source>A ward editor enters the figures of their own wards (%1); the city&apos;s figures, other wards, grades, surveys, locks and the plan are shown but cannot be changed.</source>
        <translation>A ward editor enters the figures of their own wards (%1); the city&apos;s figures, other wards, grades, surveys, locks and the plan are shown but cannot be changed.</translation>
    </message>
    <message>
        <source>A city editor enters every area&apos;s figures, grades and reasons, surveys, and locks and unlocks years; the plan&apos;s structure, indicators and settings are the admins&apos;.</source>
        <translation>A city editor enters every area&apos;s figures, grades and reasons, surveys, and locks and unlocks years; the plan&apos;s structure, indicators and settings are the admins&apos;.</translation>
    </message>
    <message>
        <source>An admin may change everything in the plan, and its users.</source>
        <translation>An admin may change everything in the plan, and its users.</translation>
    </message>
</context>
<context>
    <name>seika::ui::DocumentSettingsDialog</name>
    <message>
        <source>Document Settings</source>
        <translation>Document Settings</translation>
    </message>
    <message>
        <source>Wards</source>
        <translation>Wards</translation>
    </message>
    <message>
        <source>Double-click or press F2 to rename a ward. The order is the order of the columns in the yearly values and of the wards in charts.</source>
        <translation>Double-click or press F2 to rename a ward. The order is the order of the columns in the yearly values and of the wards in charts.</translation>
    </message>
    <message>
        <source>&amp;Add Ward</source>
        <translation>&amp;Add Ward</translation>
    </message>
    <message>
        <source>&amp;Remove Ward</source>
        <translation>&amp;Remove Ward</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Move &amp;Down</translation>
    </message>
    <message>
        <source>New ward</source>
        <translation>New ward</translation>
    </message>
    <message>
        <source>Checks and years</source>
        <translation>Checks and years</translation>
    </message>
    <message>
        <source>A figure that changes by more than this against the previous year is accepted with an outlier warning.</source>
        <translation>A figure that changes by more than this against the previous year is accepted with an outlier warning.</translation>
    </message>
    <message>
        <source>&amp;Outlier band:</source>
        <translation>&amp;Outlier band:</translation>
    </message>
    <message>
        <source>&amp;First fiscal year:</source>
        <translation>&amp;First fiscal year:</translation>
    </message>
    <message>
        <source>&amp;Last fiscal year:</source>
        <translation>&amp;Last fiscal year:</translation>
    </message>
    <message>
        <source>Ward %1: the name must not be empty.</source>
        <translation>Ward %1: the name must not be empty.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>The document&apos;s title: the window&apos;s title and the heading of printed reports.</source>
        <translation>The document&apos;s title: the window&apos;s title and the heading of printed reports.</translation>
    </message>
    <message>
        <source>e.g. 川崎市</source>
        <translation>e.g. 川崎市</translation>
    </message>
    <message>
        <source>Printed at the foot of every report page, e.g. the section that publishes it. Left empty, the title is printed.</source>
        <translation>Printed at the foot of every report page, e.g. the section that publishes it. Left empty, the title is printed.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>Report &amp;footer:</source>
        <translation>Report &amp;footer:</translation>
    </message>
</context>
<context>
    <name>seika::ui::EditorButtons</name>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
</context>
<context>
    <name>seika::ui::EvaluationEditor</name>
    <message>
        <source>Evaluation — %1 — %2</source>
        <translation>Evaluation — %1 — %2</translation>
    </message>
    <message>
        <source>%1
Fiscal year %2</source>
        <translation>%1
Fiscal year %2</translation>
    </message>
    <message>
        <source>Suggested grade</source>
        <translation>Suggested grade</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
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
        <source>← suggested</source>
        <translation>← suggested</translation>
    </message>
    <message>
        <source>Changes are refused until it is unlocked.</source>
        <translation>Changes are refused until it is unlocked.</translation>
    </message>
    <message>
        <source>The chosen grade %1 differs from the suggested grade %2: give at least one reason.</source>
        <translation>The chosen grade %1 differs from the suggested grade %2: give at least one reason.</translation>
    </message>
    <message>
        <source>The chosen grade %1 differs from the suggested grade %2.</source>
        <translation>The chosen grade %1 differs from the suggested grade %2.</translation>
    </message>
    <message>
        <source>Edit Evaluation (%1)</source>
        <translation>Edit Evaluation (%1)</translation>
    </message>
    <message>
        <source>Why this grade is suggested</source>
        <translation>Why this grade is suggested</translation>
    </message>
    <message>
        <source>%1: reasons</source>
        <translation>%1: reasons</translation>
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
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Choose the grade and direction and write their reasons</source>
        <translation>Choose the grade and direction and write their reasons</translation>
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
    <message>
        <source>New basic policy</source>
        <translation>New basic policy</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>New policy</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>New measure</translation>
    </message>
    <message>
        <source>Could not change “%1”.</source>
        <translation>Could not change “%1”.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Rename %1</translation>
    </message>
    <message>
        <source>Renumber %1 as %2</source>
        <translation>Renumber %1 as %2</translation>
    </message>
    <message>
        <source>Could not add a %1.</source>
        <translation>Could not add a %1.</translation>
    </message>
    <message>
        <source>Add basic policy %1</source>
        <translation>Add basic policy %1</translation>
    </message>
    <message>
        <source>Add policy %1</source>
        <translation>Add policy %1</translation>
    </message>
    <message>
        <source>Add measure %1</source>
        <translation>Add measure %1</translation>
    </message>
    <message>
        <source>Could not add %1.</source>
        <translation>Could not add %1.</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Move %1</translation>
    </message>
    <message>
        <source>Could not move “%1”.</source>
        <translation>Could not move “%1”.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Could not remove “%1”.</source>
        <translation>Could not remove “%1”.</translation>
    </message>
</context>
<context>
    <name>seika::ui::IndicatorChart</name>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Expected path</source>
        <translation>Expected path</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Target %1</translation>
    </message>
    <message>
        <source>Baseline (%1)</source>
        <translation>Baseline (%1)</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>Baseline %1</translation>
    </message>
    <message>
        <source>Target achieved</source>
        <translation>Target achieved</translation>
    </message>
    <message>
        <source>Target not achieved</source>
        <translation>Target not achieved</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>all wards</source>
        <translation>all wards</translation>
    </message>
    <message>
        <source>Sum of the wards</source>
        <translation>Sum of the wards</translation>
    </message>
</context>
<context>
    <name>seika::ui::IndicatorEditor</name>
    <message>
        <source>ASCII letters, digits, &apos;-&apos; and &apos;_&apos;, starting with a letter; unique in the document. CSV files and seika-cli name the indicator by it.</source>
        <translation>ASCII letters, digits, &apos;-&apos; and &apos;_&apos;, starting with a letter; unique in the document. CSV files and seika-cli name the indicator by it.</translation>
    </message>
    <message>
        <source>Ratio (numerator ÷ denominator)</source>
        <translation>Ratio (numerator ÷ denominator)</translation>
    </message>
    <message>
        <source>Survey share (%)</source>
        <translation>Survey share (%)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Decimals:</source>
        <translation>&amp;Decimals:</translation>
    </message>
    <message>
        <source>&amp;Better:</source>
        <translation>&amp;Better:</translation>
    </message>
    <message>
        <source>Num&amp;erator label:</source>
        <translation>Num&amp;erator label:</translation>
    </message>
    <message>
        <source>Denominat&amp;or label:</source>
        <translation>Denominat&amp;or label:</translation>
    </message>
    <message>
        <source>Numerator un&amp;it:</source>
        <translation>Numerator un&amp;it:</translation>
    </message>
    <message>
        <source>Texts of the sheet</source>
        <translation>Texts of the sheet</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>Calculation &amp;method:</source>
        <translation>Calculation &amp;method:</translation>
    </message>
    <message>
        <source>Indicator &amp;rationale:</source>
        <translation>Indicator &amp;rationale:</translation>
    </message>
    <message>
        <source>&amp;Target rationale:</source>
        <translation>&amp;Target rationale:</translation>
    </message>
    <message>
        <source>Add Baseline</source>
        <translation>Add Baseline</translation>
    </message>
    <message>
        <source>Remove Baseline</source>
        <translation>Remove Baseline</translation>
    </message>
    <message>
        <source>Baselines</source>
        <translation>Baselines</translation>
    </message>
    <message>
        <source>The current baseline is the one the evaluation compares with. Tick Derived to take the value from the city&apos;s observation of that year.</source>
        <translation>The current baseline is the one the evaluation compares with. Tick Derived to take the value from the city&apos;s observation of that year.</translation>
    </message>
    <message>
        <source>Add Target</source>
        <translation>Add Target</translation>
    </message>
    <message>
        <source>Remove Target</source>
        <translation>Remove Target</translation>
    </message>
    <message>
        <source>Milestone targets</source>
        <translation>Milestone targets</translation>
    </message>
    <message>
        <source>Years may be typed as 2021, R3, H33 or 令和3年度. “As written” shows the target as the evaluation sheet prints it.</source>
        <translation>Years may be typed as 2021, R3, H33 or 令和3年度. “As written” shows the target as the evaluation sheet prints it.</translation>
    </message>
    <message>
        <source>Measure: %1</source>
        <translation>Measure: %1</translation>
    </message>
    <message>
        <source>Edit Indicator — %1</source>
        <translation>Edit Indicator — %1</translation>
    </message>
    <message>
        <source>The code “%1” is already used by %2 %3; codes must be unique in a document.</source>
        <translation>The code “%1” is already used by %2 %3; codes must be unique in a document.</translation>
    </message>
    <message>
        <source>This indicator is no longer in the document.</source>
        <translation>This indicator is no longer in the document.</translation>
    </message>
    <message>
        <source>Name: the name must not be empty.</source>
        <translation>Name: the name must not be empty.</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Edit Indicator “%1”</source>
        <translation>Edit Indicator “%1”</translation>
    </message>
    <message>
        <source>The survey question whose 全体 share gives this indicator&apos;s city value in each survey&apos;s year. Those values are then corrected in the survey, not typed.</source>
        <translation>The survey question whose 全体 share gives this indicator&apos;s city value in each survey&apos;s year. Those values are then corrected in the survey, not typed.</translation>
    </message>
    <message>
        <source>Survey &amp;question:</source>
        <translation>Survey &amp;question:</translation>
    </message>
    <message>
        <source>Answer ca&amp;tegory:</source>
        <translation>Answer ca&amp;tegory:</translation>
    </message>
    <message>
        <source>None (values are typed)</source>
        <translation>None (values are typed)</translation>
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
    <message>
        <source>Change: %1</source>
        <translation>Change: %1</translation>
    </message>
    <message>
        <source>Since the baseline: %1</source>
        <translation>Since the baseline: %1</translation>
    </message>
    <message>
        <source>No city figure is entered: the sum of the wards.</source>
        <translation>No city figure is entered: the sum of the wards.</translation>
    </message>
    <message>
        <source>No city figure is entered: the sum of the wards, %1 %2 ÷ %3 %4</source>
        <translation>No city figure is entered: the sum of the wards, %1 %2 ÷ %3 %4</translation>
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
        <source>Select a measure to see its indicators and grades.</source>
        <translation>Select a measure to see its indicators and grades.</translation>
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
        <source>About Seika</source>
        <translation>About Seika</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Chart</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>Undo &amp;History</translation>
    </message>
    <message>
        <source>Show every change of this session; click one to go back to it</source>
        <translation>Show every change of this session; click one to go back to it</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>&amp;Audit Log…</translation>
    </message>
    <message>
        <source>Show every recorded change: who changed what, when, from which value</source>
        <translation>Show every recorded change: who changed what, when, from which value</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Measure</translation>
    </message>
    <message>
        <source>Edit &amp;Indicator…</source>
        <translation>Edit &amp;Indicator…</translation>
    </message>
    <message>
        <source>Edit the definition, baselines and targets of the selected indicator</source>
        <translation>Edit the definition, baselines and targets of the selected indicator</translation>
    </message>
    <message>
        <source>Edit &amp;Evaluation…</source>
        <translation>Edit &amp;Evaluation…</translation>
    </message>
    <message>
        <source>Choose the grade and direction of the selected measure for the selected fiscal year</source>
        <translation>Choose the grade and direction of the selected measure for the selected fiscal year</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>&amp;Lock Year…</source>
        <translation>&amp;Lock Year…</translation>
    </message>
    <message>
        <source>Confirm (確定) the selected fiscal year: its figures and evaluations cannot be changed until it is unlocked</source>
        <translation>Confirm (確定) the selected fiscal year: its figures and evaluations cannot be changed until it is unlocked</translation>
    </message>
    <message>
        <source>&amp;Unlock Year…</source>
        <translation>&amp;Unlock Year…</translation>
    </message>
    <message>
        <source>Allow changes to the selected fiscal year again</source>
        <translation>Allow changes to the selected fiscal year again</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation>%1 (locked)</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation>%1 [read-only]</translation>
    </message>
    <message>
        <source>Could not write the council report “%1”.</source>
        <translation>Could not write the council report “%1”.</translation>
    </message>
    <message>
        <source>Council report written to %1</source>
        <translation>Council report written to %1</translation>
    </message>
    <message>
        <source>Could not show the council report.</source>
        <translation>Could not show the council report.</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Undo History</translation>
    </message>
    <message>
        <source>(as opened)</source>
        <translation>(as opened)</translation>
    </message>
    <message>
        <source>Lock %1?</source>
        <translation>Lock %1?</translation>
    </message>
    <message>
        <source>Once locked (確定), the figures and evaluations of %1 cannot be changed until the year is unlocked. The lock records your name (%2) and the time.</source>
        <translation>Once locked (確定), the figures and evaluations of %1 cannot be changed until the year is unlocked. The lock records your name (%2) and the time.</translation>
    </message>
    <message>
        <source>Lock %1</source>
        <translation>Lock %1</translation>
    </message>
    <message>
        <source>Could not lock %1.</source>
        <translation>Could not lock %1.</translation>
    </message>
    <message>
        <source>%1 is locked.</source>
        <translation>%1 is locked.</translation>
    </message>
    <message>
        <source>It was locked by %1 on %2. Unlocking allows its figures and evaluations to be changed again.</source>
        <translation>It was locked by %1 on %2. Unlocking allows its figures and evaluations to be changed again.</translation>
    </message>
    <message>
        <source>Unlock %1?</source>
        <translation>Unlock %1?</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>Unlock %1</translation>
    </message>
    <message>
        <source>Could not unlock %1.</source>
        <translation>Could not unlock %1.</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation>%1 is unlocked.</translation>
    </message>
    <message>
        <source>Document &amp;Settings…</source>
        <translation>Document &amp;Settings…</translation>
    </message>
    <message>
        <source>Edit the wards, the outlier band and the fiscal years of the document</source>
        <translation>Edit the wards, the outlier band and the fiscal years of the document</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>Read yearly figures or targets from a CSV file, after a dry run</source>
        <translation>Read yearly figures or targets from a CSV file, after a dry run</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Write a table of this document as a CSV file for Excel</source>
        <translation>Write a table of this document as a CSV file for Excel</translation>
    </message>
    <message>
        <source>CSV imported; Edit ▸ Undo takes it back.</source>
        <translation>CSV imported; Edit ▸ Undo takes it back.</translation>
    </message>
    <message>
        <source>&amp;Surveys…</source>
        <translation>&amp;Surveys…</translation>
    </message>
    <message>
        <source>Enter survey breakdowns by question and see them charted</source>
        <translation>Enter survey breakdowns by question and see them charted</translation>
    </message>
    <message>
        <source>Could not print the charts.</source>
        <translation>Could not print the charts.</translation>
    </message>
    <message>
        <source>Could not print the council report.</source>
        <translation>Could not print the council report.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>The change could not be saved.</translation>
    </message>
    <message>
        <source>Read the plan (施策体系: policies, measures, indicators) from a CSV file, after a dry run</source>
        <translation>Read the plan (施策体系: policies, measures, indicators) from a CSV file, after a dry run</translation>
    </message>
    <message>
        <source>Plan imported; Edit ▸ Undo takes it back.</source>
        <translation>Plan imported; Edit ▸ Undo takes it back.</translation>
    </message>
    <message>
        <source>Plan &amp;Overview</source>
        <translation>Plan &amp;Overview</translation>
    </message>
    <message>
        <source>Show every measure of the plan with its grades for the fiscal year</source>
        <translation>Show every measure of the plan with its grades for the fiscal year</translation>
    </message>
    <message>
        <source>Council Report for the &amp;Whole Plan…</source>
        <translation>Council Report for the &amp;Whole Plan…</translation>
    </message>
    <message>
        <source>Write one PDF for the fiscal year: contents, the plan overview and every measure&apos;s evaluation sheet, with page numbers</source>
        <translation>Write one PDF for the fiscal year: contents, the plan overview and every measure&apos;s evaluation sheet, with page numbers</translation>
    </message>
    <message>
        <source>%1 — Seika</source>
        <translation>%1 — Seika</translation>
    </message>
    <message>
        <source>%1 — %2 — Seika</source>
        <translation>%1 — %2 — Seika</translation>
    </message>
    <message>
        <source>The language could not be changed.</source>
        <translation>The language could not be changed.</translation>
    </message>
    <message>
        <source>The translation for “%1” is missing from this build.</source>
        <translation>The translation for “%1” is missing from this build.</translation>
    </message>
    <message>
        <source>Ove&amp;rview</source>
        <translation>Ove&amp;rview</translation>
    </message>
    <message>
        <source>Yearly Va&amp;lues</source>
        <translation>Yearly Va&amp;lues</translation>
    </message>
    <message>
        <source>Char&amp;t</source>
        <translation>Char&amp;t</translation>
    </message>
    <message>
        <source>Import P&amp;lan…</source>
        <translation>Import P&amp;lan…</translation>
    </message>
    <message>
        <source>&amp;Council Report…</source>
        <translation>&amp;Council Report…</translation>
    </message>
    <message>
        <source>&amp;Lock %1…</source>
        <translation>&amp;Lock %1…</translation>
    </message>
    <message>
        <source>&amp;Unlock %1…</source>
        <translation>&amp;Unlock %1…</translation>
    </message>
    <message>
        <source>Lock it anyway, or say No and fill them in first.</source>
        <translation>Lock it anyway, or say No and fill them in first.</translation>
    </message>
    <message>
        <source>Preview the evaluation sheet of the selected measure (or the plan overview), then print it or save it as a PDF on A4 or A3</source>
        <translation>Preview the evaluation sheet of the selected measure (or the plan overview), then print it or save it as a PDF on A4 or A3</translation>
    </message>
    <message>
        <source>Fi&amp;scal year:</source>
        <translation>Fi&amp;scal year:</translation>
    </message>
    <message>
        <source>&amp;Undo: %1…</source>
        <translation>&amp;Undo: %1…</translation>
    </message>
    <message>
        <source>&amp;Redo: %1…</source>
        <translation>&amp;Redo: %1…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>Choose the language, how years are shown, the paper, the CSV encoding, grayscale charts and the outlier band of new documents</source>
        <translation>Choose the language, how years are shown, the paper, the CSV encoding, grayscale charts and the outlier band of new documents</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Preferences saved.</translation>
    </message>
    <message>
        <source>This document is open read-only.</source>
        <translation>This document is open read-only.</translation>
    </message>
    <message>
        <source>Measure overview</source>
        <translation>Measure overview</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Undo history</translation>
    </message>
    <message>
        <source>No licence has been granted yet (%1); see the copyright file that comes with Seika.</source>
        <translation>No licence has been granted yet (%1); see the copyright file that comes with Seika.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Seika %1&lt;/h3&gt;&lt;p&gt;Policy evaluation (施策評価) for Japanese municipalities: outcome indicators, targets, actuals and the yearly grades of each measure.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;Licence: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Seika %1&lt;/h3&gt;&lt;p&gt;Policy evaluation (施策評価) for Japanese municipalities: outcome indicators, targets, actuals and the yearly grades of each measure.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;Licence: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Server unreachable</translation>
    </message>
    <message>
        <source>Connect to Ser&amp;ver…</source>
        <translation>Connect to Ser&amp;ver…</translation>
    </message>
    <message>
        <source>Open a document on a PostgreSQL server</source>
        <translation>Open a document on a PostgreSQL server</translation>
    </message>
    <message>
        <source>The server cannot be reached: changes are not saved until it is back.</source>
        <translation>The server cannot be reached: changes are not saved until it is back.</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>Connected to the server again.</translation>
    </message>
    <message>
        <source>Someone else has changed this since: the step was not undone or redone.</source>
        <translation>Someone else has changed this since: the step was not undone or redone.</translation>
    </message>
    <message>
        <source>Updated with changes saved by other users.</source>
        <translation>Updated with changes saved by other users.</translation>
    </message>
    <message>
        <source>Waiting for the server to answer…</source>
        <translation>Waiting for the server to answer…</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Stop waiting</translation>
    </message>
    <message>
        <source>Stop waiting for the server (Esc). The change being sent is not saved, and the window is offline until the server answers again.</source>
        <translation>Stop waiting for the server (Esc). The change being sent is not saved, and the window is offline until the server answers again.</translation>
    </message>
    <message>
        <source>The server does not answer. Stop waiting (Esc) to go on without it: the change being sent is then not saved.</source>
        <translation>The server does not answer. Stop waiting (Esc) to go on without it: the change being sent is then not saved.</translation>
    </message>
</context>
<context>
    <name>seika::ui::MeasureActions</name>
    <message>
        <source>Edit &amp;Measure…</source>
        <translation>Edit &amp;Measure…</translation>
    </message>
    <message>
        <source>Edit the selected measure&apos;s code, title, direct goal, main programmes and sheet texts</source>
        <translation>Edit the selected measure&apos;s code, title, direct goal, main programmes and sheet texts</translation>
    </message>
    <message>
        <source>Edit &amp;Sheet Texts…</source>
        <translation>Edit &amp;Sheet Texts…</translation>
    </message>
    <message>
        <source>Edit the texts the council report prints for the selected measure (現状と課題, 取組, 成果 …)</source>
        <translation>Edit the texts the council report prints for the selected measure (現状と課題, 取組, 成果 …)</translation>
    </message>
    <message>
        <source>&amp;Add Indicator…</source>
        <translation>&amp;Add Indicator…</translation>
    </message>
    <message>
        <source>Add an outcome indicator to the selected measure</source>
        <translation>Add an outcome indicator to the selected measure</translation>
    </message>
    <message>
        <source>&amp;Copy Indicator from Another Measure…</source>
        <translation>&amp;Copy Indicator from Another Measure…</translation>
    </message>
    <message>
        <source>Add a copy of another measure&apos;s indicator (its definition, baselines and targets; no figures)</source>
        <translation>Add a copy of another measure&apos;s indicator (its definition, baselines and targets; no figures)</translation>
    </message>
    <message>
        <source>Remove the selected indicator and its figures</source>
        <translation>Remove the selected indicator and its figures</translation>
    </message>
    <message>
        <source>Number the selected indicator before the one above it</source>
        <translation>Number the selected indicator before the one above it</translation>
    </message>
    <message>
        <source>Number the selected indicator after the one below it</source>
        <translation>Number the selected indicator after the one below it</translation>
    </message>
    <message>
        <source>The change was not made.</source>
        <translation>The change was not made.</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <source>Add Indicator</source>
        <translation>Add Indicator</translation>
    </message>
    <message>
        <source>A ratio of two counts (加入世帯数 ÷ 総世帯数): the counts are entered, the rate is derived</source>
        <translation>A ratio of two counts (加入世帯数 ÷ 総世帯数): the counts are entered, the rate is derived</translation>
    </message>
    <message>
        <source>A share from a survey (%): taken from a survey question&apos;s answers</source>
        <translation>A share from a survey (%): taken from a survey question&apos;s answers</translation>
    </message>
    <message>
        <source>A count (団体, 人, 件)</source>
        <translation>A count (団体, 人, 件)</translation>
    </message>
    <message>
        <source>Any other value</source>
        <translation>Any other value</translation>
    </message>
    <message>
        <source>ASCII letters, digits, &apos;-&apos; and &apos;_&apos;, starting with a letter; unique in the document. CSV files and seika-cli name the indicator by it.</source>
        <translation>ASCII letters, digits, &apos;-&apos; and &apos;_&apos;, starting with a letter; unique in the document. CSV files and seika-cli name the indicator by it.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>What does the indicator measure?</source>
        <translation>What does the indicator measure?</translation>
    </message>
    <message>
        <source>Name: the name must not be empty.</source>
        <translation>Name: the name must not be empty.</translation>
    </message>
    <message>
        <source>Add Indicator “%1”</source>
        <translation>Add Indicator “%1”</translation>
    </message>
    <message>
        <source>Copy Indicator from Another Measure</source>
        <translation>Copy Indicator from Another Measure</translation>
    </message>
    <message>
        <source>The copy takes the definition, baselines and targets, not the figures.</source>
        <translation>The copy takes the definition, baselines and targets, not the figures.</translation>
    </message>
    <message>
        <source>Copy Indicator “%1”</source>
        <translation>Copy Indicator “%1”</translation>
    </message>
    <message>
        <source>“%1” cannot be removed.</source>
        <translation>“%1” cannot be removed.</translation>
    </message>
    <message>
        <source>Remove the indicator %1 %2?</source>
        <translation>Remove the indicator %1 %2?</translation>
    </message>
    <message>
        <source>Remove Indicator “%1”</source>
        <translation>Remove Indicator “%1”</translation>
    </message>
    <message>
        <source>Move Indicator “%1” Up</source>
        <translation>Move Indicator “%1” Up</translation>
    </message>
    <message>
        <source>Move Indicator “%1” Down</source>
        <translation>Move Indicator “%1” Down</translation>
    </message>
    <message>
        <source>Remo&amp;ve Indicator…</source>
        <translation>Remo&amp;ve Indicator…</translation>
    </message>
    <message>
        <source>Move Indicator Up</source>
        <translation>Move Indicator Up</translation>
    </message>
    <message>
        <source>Move Indicator Down</source>
        <translation>Move Indicator Down</translation>
    </message>
    <message>
        <source>Indicators of the other measures</source>
        <translation>Indicators of the other measures</translation>
    </message>
</context>
<context>
    <name>seika::ui::MeasureEditor</name>
    <message>
        <source>e.g. 1-1-2</source>
        <translation>e.g. 1-1-2</translation>
    </message>
    <message>
        <source>The measure&apos;s number as the plan writes it; shown before its title. Unique among measures when given.</source>
        <translation>The measure&apos;s number as the plan writes it; shown before its title. Unique among measures when given.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Direct goal:</source>
        <translation>&amp;Direct goal:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Move Do&amp;wn</translation>
    </message>
    <message>
        <source>The main programmes (主な事務事業) in the order the sheet lists them. Double-click or press F2 to rename one.</source>
        <translation>The main programmes (主な事務事業) in the order the sheet lists them. Double-click or press F2 to rename one.</translation>
    </message>
    <message>
        <source>Background and issues (現状と課題)</source>
        <translation>Background and issues (現状と課題)</translation>
    </message>
    <message>
        <source>Initiatives (取組)</source>
        <translation>Initiatives (取組)</translation>
    </message>
    <message>
        <source>Results of an indicator (成果)</source>
        <translation>Results of an indicator (成果)</translation>
    </message>
    <message>
        <source>Other results (その他成果)</source>
        <translation>Other results (その他成果)</translation>
    </message>
    <message>
        <source>Future initiatives (今後の取組)</source>
        <translation>Future initiatives (今後の取組)</translation>
    </message>
    <message>
        <source>Add &amp;Section</source>
        <translation>Add &amp;Section</translation>
    </message>
    <message>
        <source>Remove Section</source>
        <translation>Remove Section</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Cate&amp;gory:</translation>
    </message>
    <message>
        <source>H&amp;eading:</source>
        <translation>H&amp;eading:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>Plain text. A line starting with “- ” is a bullet (two spaces before it: a bullet under the one above); an empty line starts a new paragraph; “写真: caption” leaves a box for a photo.</source>
        <translation>Plain text. A line starting with “- ” is a bullet (two spaces before it: a bullet under the one above); an empty line starts a new paragraph; “写真: caption” leaves a box for a photo.</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Main programmes</source>
        <translation>Main programmes</translation>
    </message>
    <message>
        <source>Sheet texts</source>
        <translation>Sheet texts</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Every year</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Edit Measure — %1</source>
        <translation>Edit Measure — %1</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>New programme</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>New section</translation>
    </message>
    <message>
        <source>This measure is no longer in the document.</source>
        <translation>This measure is no longer in the document.</translation>
    </message>
    <message>
        <source>Edit Measure “%1”</source>
        <translation>Edit Measure “%1”</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Title: %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
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
    <message>
        <source>Sheet texts</source>
        <translation>Sheet texts</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) of text for the council report</source>
        <translation>
            <numerusform>%n section of text for the council report</numerusform>
            <numerusform>%n sections of text for the council report</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 survey change: %2</source>
        <translation>%1 survey change: %2</translation>
    </message>
    <message>
        <source>※ %1: %2</source>
        <translation>※ %1: %2</translation>
    </message>
</context>
<context>
    <name>seika::ui::MembershipChart</name>
    <message>
        <source>No figures to chart yet.</source>
        <translation>No figures to chart yet.</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>%1 (axis from 0)</source>
        <translation>%1 (axis from 0)</translation>
    </message>
    <message>
        <source>%1 (%2, axis from 0)</source>
        <translation>%1 (%2, axis from 0)</translation>
    </message>
    <message>
        <source>Axis from 0</source>
        <translation>Axis from 0</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>seika::ui::MessageBox</name>
    <message numerus="yes">
        <source>… and %n more line(s) under Show Details.</source>
        <translation>
            <numerusform>… and %n more line under Show Details.</numerusform>
            <numerusform>… and %n more lines under Show Details.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seika::ui::ObservationTableModel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Rate (%1)</source>
        <translation>Rate (%1)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>Value (%1)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>No indicator is shown.</source>
        <translation>No indicator is shown.</translation>
    </message>
    <message>
        <source>Targets are set in the indicator&apos;s definition.</source>
        <translation>Targets are set in the indicator&apos;s definition.</translation>
    </message>
    <message>
        <source>Whether a target is achieved follows from the figures and cannot be typed.</source>
        <translation>Whether a target is achieved follows from the figures and cannot be typed.</translation>
    </message>
    <message>
        <source>The rate is derived from %1 and %2; change those instead.</source>
        <translation>The rate is derived from %1 and %2; change those instead.</translation>
    </message>
    <message>
        <source>Target for %1: %2</source>
        <translation>Target for %1: %2</translation>
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
        <source>Sum of the wards: %1 ÷ %2 = %3%4</source>
        <translation>Sum of the wards: %1 ÷ %2 = %3%4</translation>
    </message>
    <message>
        <source>Sum of the wards; no city figure is entered.</source>
        <translation>Sum of the wards; no city figure is entered.</translation>
    </message>
    <message>
        <source>Entered city figure; the sum of the wards gives the same %1%2.</source>
        <translation>Entered city figure; the sum of the wards gives the same %1%2.</translation>
    </message>
    <message>
        <source>A rate entered without its counts.</source>
        <translation>A rate entered without its counts.</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Milestone year: the target is %1.</source>
        <translation>Milestone year: the target is %1.</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, in %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 ÷ %2 × 100, rounded to %n decimal(s) for display</source>
        <translation>
            <numerusform>%1 ÷ %2 × 100, rounded to %n decimal for display</numerusform>
            <numerusform>%1 ÷ %2 × 100, rounded to %n decimals for display</numerusform>
        </translation>
    </message>
    <message>
        <source>The milestone targets of the indicator</source>
        <translation>The milestone targets of the indicator</translation>
    </message>
    <message>
        <source>Whether the city&apos;s figure met the milestone target (○ achieved, ✕ not achieved)</source>
        <translation>Whether the city&apos;s figure met the milestone target (○ achieved, ✕ not achieved)</translation>
    </message>
    <message>
        <source>Clear %1, %2</source>
        <translation>Clear %1, %2</translation>
    </message>
    <message>
        <source>Edit %1, %2</source>
        <translation>Edit %1, %2</translation>
    </message>
    <message>
        <source>row %1 (outside the table)</source>
        <translation>row %1 (outside the table)</translation>
    </message>
    <message>
        <source>column %1 (outside the table)</source>
        <translation>column %1 (outside the table)</translation>
    </message>
    <message>
        <source>This cell lies outside the table.</source>
        <translation>This cell lies outside the table.</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>no rate</translation>
    </message>
    <message>
        <source>The rate %1 does not match the counts beside it, which give %2.</source>
        <translation>The rate %1 does not match the counts beside it, which give %2.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>The city as a whole: the sum of the wards unless a city figure is entered.</source>
        <translation>The city as a whole: the sum of the wards unless a city figure is entered.</translation>
    </message>
    <message>
        <source>The city as a whole.</source>
        <translation>The city as a whole.</translation>
    </message>
</context>
<context>
    <name>seika::ui::OverviewReportBuilder</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>not evaluated %1</source>
        <translation>not evaluated %1</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Between the counts of grades: A 2・B 1・C 0</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>Plan overview</source>
        <translation>Plan overview</translation>
    </message>
    <message>
        <source>%1 results of the measure evaluations</source>
        <translation>%1 results of the measure evaluations</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) of %1 basic policies and %2 policies, judged for %3.</source>
        <translation>
            <numerusform>%n measure of %1 basic policies and %2 policies, judged for %3.</numerusform>
            <numerusform>%n measures of %1 basic policies and %2 policies, judged for %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Grades by basic policy</source>
        <translation>Grades by basic policy</translation>
    </message>
    <message>
        <source>Basic policy</source>
        <translation>Basic policy</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>Not evaluated</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>(policies without a basic policy)</source>
        <translation>(policies without a basic policy)</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Whole plan</translation>
    </message>
    <message>
        <source>Grades suggested by the grading rule for the whole plan: %1.</source>
        <translation>Grades suggested by the grading rule for the whole plan: %1.</translation>
    </message>
    <message>
        <source>Indicators: ○ the target was achieved, ✕ it was not, － not judged (no actual or no target). Suggested: the grade the grading rule gives from the indicators; Grade and Direction: as chosen for the year.</source>
        <translation>Indicators: ○ the target was achieved, ✕ it was not, － not judged (no actual or no target). Suggested: the grade the grading rule gives from the indicators; Grade and Direction: as chosen for the year.</translation>
    </message>
    <message>
        <source>(measures without a policy)</source>
        <translation>(measures without a policy)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>no indicators</source>
        <translation>no indicators</translation>
    </message>
    <message>
        <source>This policy has no measures.</source>
        <translation>This policy has no measures.</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Grades</translation>
    </message>
</context>
<context>
    <name>seika::ui::PastePlan</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was pasted: the row label(s) %1 name no area of the table. Label each row with a ward&apos;s name or %2.</source>
        <translation>Nothing was pasted: the row label(s) %1 name no area of the table. Label each row with a ward&apos;s name or %2.</translation>
    </message>
    <message>
        <source>Nothing was pasted: the row label(s) %1 name no fiscal year of the table (%2 to %3).</source>
        <translation>Nothing was pasted: the row label(s) %1 name no fiscal year of the table (%2 to %3).</translation>
    </message>
    <message>
        <source>Nothing was pasted: %1 label(s) more than one row.</source>
        <translation>Nothing was pasted: %1 label(s) more than one row.</translation>
    </message>
    <message>
        <source>Nothing was pasted: some rows are labelled with areas (%1), others with fiscal years (%2).</source>
        <translation>Nothing was pasted: some rows are labelled with areas (%1), others with fiscal years (%2).</translation>
    </message>
    <message>
        <source>Nothing was pasted: the rows are labelled with fiscal years (%1), but this view shows the areas of %2. Show the years as rows to paste them.</source>
        <translation>Nothing was pasted: the rows are labelled with fiscal years (%1), but this view shows the areas of %2. Show the years as rows to paste them.</translation>
    </message>
    <message>
        <source>Nothing was pasted: the rows are labelled with areas (%1), and here they would become fiscal years. Show one year with the areas as rows to paste them, or select one year&apos;s row with all areas shown.</source>
        <translation>Nothing was pasted: the rows are labelled with areas (%1), and here they would become fiscal years. Show one year with the areas as rows to paste them, or select one year&apos;s row with all areas shown.</translation>
    </message>
    <message>
        <source>Nothing was pasted: the row of %1 holds more values than an area has fields from %2 on.</source>
        <translation>Nothing was pasted: the row of %1 holds more values than an area has fields from %2 on.</translation>
    </message>
    <message numerus="yes">
        <source>Each row holds %n value(s), but from %1 on the table has only %2 column(s). Paste the first %2 value(s) of each row and leave out the rest?</source>
        <translation>
            <numerusform>Each row holds %n value, but from %1 on the table has only %2 column. Paste the first %2 value of each row and leave out the rest?</numerusform>
            <numerusform>Each row holds %n values, but from %1 on the table has only %2 columns. Paste the first %2 values of each row and leave out the rest?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>The block has %1 row(s) and %2 column(s), but from the selected cell the table has only %3 row(s) and %4 column(s).</source>
        <translation>The block has %1 row(s) and %2 column(s), but from the selected cell the table has only %3 row(s) and %4 column(s).</translation>
    </message>
    <message>
        <source>Paste the %1 × %2 cells that fit (%3; %4) and leave out the rest?</source>
        <translation>Paste the %1 × %2 cells that fit (%3; %4) and leave out the rest?</translation>
    </message>
    <message numerus="yes">
        <source>The block has %n row(s), one for each ward (or each ward and the city), but here its rows are fiscal years: it would fill %1 of %2.</source>
        <translation>
            <numerusform>The block has %n row, one for each ward (or each ward and the city), but here its rows are fiscal years: it would fill %1 of %2.</numerusform>
            <numerusform>The block has %n rows, one for each ward (or each ward and the city), but here its rows are fiscal years: it would fill %1 of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To enter one year of every ward, show the areas as rows. Fill these %n year(s)?</source>
        <translation>
            <numerusform>To enter one year of every ward, show the areas as rows. Fill these %n year?</numerusform>
            <numerusform>To enter one year of every ward, show the areas as rows. Fill these %n years?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seika::ui::PlanImportDialog</name>
    <message>
        <source>Import Plan</source>
        <translation>Import Plan</translation>
    </message>
    <message>
        <source>Reads the plan (施策体系) from a CSV file saved from Excel: one row per basic policy, policy, measure and indicator, each naming its place by code and title. Records are matched to the document&apos;s by code, else by title; nothing is removed. Nothing changes until you choose Import.</source>
        <translation>Reads the plan (施策体系) from a CSV file saved from Excel: one row per basic policy, policy, measure and indicator, each naming its place by code and title. Records are matched to the document&apos;s by code, else by title; nothing is removed. Nothing changes until you choose Import.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932)</source>
        <translation>Shift_JIS (CP932)</translation>
    </message>
    <message>
        <source>Plan &amp;file:</source>
        <translation>Plan &amp;file:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Choose the plan file (CSV).</source>
        <translation>Choose the plan file (CSV).</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV files (*.csv *.txt *.tsv);;All files (*)</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>The file cannot be imported: %1</translation>
    </message>
    <message>
        <source>Detect: %1</source>
        <translation>Detect: %1</translation>
    </message>
    <message>
        <source>basic policies %1</source>
        <translation>basic policies %1</translation>
    </message>
    <message>
        <source>policies %1</source>
        <translation>policies %1</translation>
    </message>
    <message>
        <source>measures %1</source>
        <translation>measures %1</translation>
    </message>
    <message>
        <source>indicators %1</source>
        <translation>indicators %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s).</source>
        <translation>
            <numerusform>%1: %n row.</numerusform>
            <numerusform>%1: %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adds %1; changes %2 records; %3 stay as they are.</source>
        <translation>Adds %1; changes %2 records; %3 stay as they are.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): correct the file and choose it again; nothing can be imported until then.</source>
        <translation>
            <numerusform>%n error: correct the file and choose it again; nothing can be imported until then.</numerusform>
            <numerusform>%n errors: correct the file and choose it again; nothing can be imported until then.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: the document already holds this plan.</source>
        <translation>Nothing to change: the document already holds this plan.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Adds</source>
        <translation>Adds</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Import plan “%1”</source>
        <translation>Import plan “%1”</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>Findings of the dry run</source>
        <translation>Findings of the dry run</translation>
    </message>
</context>
<context>
    <name>seika::ui::PlanItemDelegate</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>seika::ui::PlanItemDialog</name>
    <message>
        <source>Code and Title</source>
        <translation>Code and Title</translation>
    </message>
    <message>
        <source>e.g. 1-1-2 (may be empty)</source>
        <translation>e.g. 1-1-2 (may be empty)</translation>
    </message>
    <message>
        <source>The number the plan gives this record; unique among the records of its level</source>
        <translation>The number the plan gives this record; unique among the records of its level</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
</context>
<context>
    <name>seika::ui::PlanOverviewModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>not evaluated %1</source>
        <translation>not evaluated %1</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Between the counts of grades: A 2・B 1・C 0</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>no indicators</source>
        <translation>no indicators</translation>
    </message>
    <message>
        <source>no actual for %1</source>
        <translation>no actual for %1</translation>
    </message>
    <message>
        <source>%1, no target for this year</source>
        <translation>%1, no target for this year</translation>
    </message>
    <message>
        <source>%1 against %2: achieved</source>
        <translation>%1 against %2: achieved</translation>
    </message>
    <message>
        <source>%1 against %2: not achieved</source>
        <translation>%1 against %2: not achieved</translation>
    </message>
    <message>
        <source>This measure has no indicators.</source>
        <translation>This measure has no indicators.</translation>
    </message>
    <message>
        <source>No grade: no indicator has an actual for %1.</source>
        <translation>No grade: no indicator has an actual for %1.</translation>
    </message>
    <message>
        <source>Differs from the suggested grade %1.</source>
        <translation>Differs from the suggested grade %1.</translation>
    </message>
    <message>
        <source>Not evaluated yet for %1.</source>
        <translation>Not evaluated yet for %1.</translation>
    </message>
    <message>
        <source>No direction chosen yet for %1.</source>
        <translation>No direction chosen yet for %1.</translation>
    </message>
    <message>
        <source>(policies without a basic policy)</source>
        <translation>(policies without a basic policy)</translation>
    </message>
    <message>
        <source>(measures without a policy)</source>
        <translation>(measures without a policy)</translation>
    </message>
    <message numerus="yes">
        <source>%1
Grades: %2 (%n measure(s))
Suggested: %3</source>
        <translation>
            <numerusform>%1
Grades: %2 (%n measure)
Suggested: %3</numerusform>
            <numerusform>%1
Grades: %2 (%n measures)
Suggested: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The measure&apos;s number in the plan</source>
        <translation>The measure&apos;s number in the plan</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>The measure (施策)</source>
        <translation>The measure (施策)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Each outcome indicator: ○ the target was achieved, ✕ it was not, － not judged (no actual or no target)</source>
        <translation>Each outcome indicator: ○ the target was achieved, ✕ it was not, － not judged (no actual or no target)</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>The grade the grading rule suggests from the indicators</source>
        <translation>The grade the grading rule suggests from the indicators</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>The achievement grade chosen for the year</source>
        <translation>The achievement grade chosen for the year</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>The future direction chosen for the year</source>
        <translation>The future direction chosen for the year</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>%1 (sum of the wards)</source>
        <translation>%1 (sum of the wards)</translation>
    </message>
</context>
<context>
    <name>seika::ui::PlanOverviewView</name>
    <message>
        <source>Filter by code, title or indicator</source>
        <translation>Filter by code, title or indicator</translation>
    </message>
    <message>
        <source>Show the measures of one basic policy or policy</source>
        <translation>Show the measures of one basic policy or policy</translation>
    </message>
    <message>
        <source>Show the measures with a grade</source>
        <translation>Show the measures with a grade</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Write the plan overview as a CSV file for Excel</source>
        <translation>Write the plan overview as a CSV file for Excel</translation>
    </message>
    <message>
        <source>Whole-Plan Report…</source>
        <translation>Whole-Plan Report…</translation>
    </message>
    <message>
        <source>Write the council report of every measure as one PDF: contents, this overview, every sheet</source>
        <translation>Write the council report of every measure as one PDF: contents, this overview, every sheet</translation>
    </message>
    <message>
        <source>Plan overview — %1</source>
        <translation>Plan overview — %1</translation>
    </message>
    <message>
        <source>Plan overview</source>
        <translation>Plan overview</translation>
    </message>
    <message>
        <source>All policies</source>
        <translation>All policies</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>All grades</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Grade %1</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>Not evaluated</translation>
    </message>
    <message>
        <source>Grade differs from the suggestion</source>
        <translation>Grade differs from the suggestion</translation>
    </message>
    <message>
        <source>Suggested %1</source>
        <translation>Suggested %1</translation>
    </message>
    <message>
        <source>This document has no measures yet.</source>
        <translation>This document has no measures yet.</translation>
    </message>
    <message>
        <source>not evaluated %1</source>
        <translation>not evaluated %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Whole plan&lt;/b&gt; (%n measure(s)): %1&lt;br&gt;&lt;span style=&quot;color:#55606a;&quot;&gt;Suggested by the grading rule: %2&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Whole plan&lt;/b&gt; (%n measure): %1&lt;br&gt;&lt;span style=&quot;color:#55606a;&quot;&gt;Suggested by the grading rule: %2&lt;/span&gt;</numerusform>
            <numerusform>&lt;b&gt;Whole plan&lt;/b&gt; (%n measures): %1&lt;br&gt;&lt;span style=&quot;color:#55606a;&quot;&gt;Suggested by the grading rule: %2&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n measure(s).</source>
        <translation>
            <numerusform>Showing %1 of %n measure.</numerusform>
            <numerusform>Showing %1 of %n measures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s). Double-click a measure to open it.</source>
        <translation>
            <numerusform>%n measure. Double-click a measure to open it.</numerusform>
            <numerusform>%n measures. Double-click a measure to open it.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF, A4 paper (*.pdf)</source>
        <translation>PDF, A4 paper (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, A3 paper (*.pdf)</source>
        <translation>PDF, A3 paper (*.pdf)</translation>
    </message>
    <message>
        <source>Plan Overview as CSV</source>
        <translation>Plan Overview as CSV</translation>
    </message>
    <message>
        <source>CSV files, UTF-8 for Excel (*.csv)</source>
        <translation>CSV files, UTF-8 for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Council Report for the Whole Plan</source>
        <translation>Council Report for the Whole Plan</translation>
    </message>
    <message>
        <source>Could not write the plan overview “%1”.</source>
        <translation>Could not write the plan overview “%1”.</translation>
    </message>
    <message>
        <source>Plan overview written to %1</source>
        <translation>Plan overview written to %1</translation>
    </message>
    <message numerus="yes">
        <source>Plan overview written to %1 (%n measure(s))</source>
        <translation>
            <numerusform>Plan overview written to %1 (%n measure)</numerusform>
            <numerusform>Plan overview written to %1 (%n measures)</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the council report of every measure…</source>
        <translation>Writing the council report of every measure…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The council report for the whole plan was cancelled; no file was written.</source>
        <translation>The council report for the whole plan was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Could not write the council report “%1”.</source>
        <translation>Could not write the council report “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Council report for the whole plan written to %1 (%n page(s))</source>
        <translation>
            <numerusform>Council report for the whole plan written to %1 (%n page)</numerusform>
            <numerusform>Council report for the whole plan written to %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not print the plan overview.</source>
        <translation>Could not print the plan overview.</translation>
    </message>
    <message>
        <source>Could not show the plan overview.</source>
        <translation>Could not show the plan overview.</translation>
    </message>
    <message>
        <source>Print / PDF…</source>
        <translation>Print / PDF…</translation>
    </message>
    <message>
        <source>Preview the plan overview, then print it or save it as a PDF on A4 or A3</source>
        <translation>Preview the plan overview, then print it or save it as a PDF on A4 or A3</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Basic policy or policy</source>
        <translation>Basic policy or policy</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Measures and their grades</source>
        <translation>Measures and their grades</translation>
    </message>
</context>
<context>
    <name>seika::ui::PlanReportContentsBuilder</name>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>%1 council report on the measure evaluations</source>
        <translation>%1 council report on the measure evaluations</translation>
    </message>
    <message>
        <source>(policies without a basic policy)</source>
        <translation>(policies without a basic policy)</translation>
    </message>
    <message>
        <source>(measures without a policy)</source>
        <translation>(measures without a policy)</translation>
    </message>
    <message>
        <source>Council report</source>
        <translation>Council report</translation>
    </message>
</context>
<context>
    <name>seika::ui::PlanTree</name>
    <message>
        <source>New &amp;Basic Policy</source>
        <translation>New &amp;Basic Policy</translation>
    </message>
    <message>
        <source>Add a basic policy (基本政策) after the selected one</source>
        <translation>Add a basic policy (基本政策) after the selected one</translation>
    </message>
    <message>
        <source>New &amp;Policy</source>
        <translation>New &amp;Policy</translation>
    </message>
    <message>
        <source>Add a policy (政策) after the selected one, or in the selected basic policy</source>
        <translation>Add a policy (政策) after the selected one, or in the selected basic policy</translation>
    </message>
    <message>
        <source>&amp;New Measure</source>
        <translation>&amp;New Measure</translation>
    </message>
    <message>
        <source>Add a measure (施策) after the selected one, or in the selected policy</source>
        <translation>Add a measure (施策) after the selected one, or in the selected policy</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>Edit the title of the selected record in the tree</source>
        <translation>Edit the title of the selected record in the tree</translation>
    </message>
    <message>
        <source>Code and &amp;Title…</source>
        <translation>Code and &amp;Title…</translation>
    </message>
    <message>
        <source>Change the number (such as 1-1-2) and the title of the selected record</source>
        <translation>Change the number (such as 1-1-2) and the title of the selected record</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>Move the selected record before the one above it</source>
        <translation>Move the selected record before the one above it</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Move Do&amp;wn</translation>
    </message>
    <message>
        <source>Move the selected record after the one below it</source>
        <translation>Move the selected record after the one below it</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete the selected record with everything it holds (after saying what that is)</source>
        <translation>Delete the selected record with everything it holds (after saying what that is)</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted.</source>
        <translation>“%1” cannot be deleted.</translation>
    </message>
    <message>
        <source>It holds figures or evaluations of %1, locked (確定). Unlock first (Year ▸ Unlock Year…), then delete it.</source>
        <translation>It holds figures or evaluations of %1, locked (確定). Unlock first (Year ▸ Unlock Year…), then delete it.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln policy(s)</source>
        <translation>
            <numerusform>%Ln policy</numerusform>
            <numerusform>%Ln policys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln measure(s)</source>
        <translation>
            <numerusform>%Ln measure</numerusform>
            <numerusform>%Ln measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln indicator(s)</source>
        <translation>
            <numerusform>%Ln indicator</numerusform>
            <numerusform>%Ln indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln figure(s)</source>
        <translation>
            <numerusform>%Ln figure</numerusform>
            <numerusform>%Ln figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evaluation(s)</source>
        <translation>
            <numerusform>%Ln evaluation</numerusform>
            <numerusform>%Ln evaluations</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” will be deleted with %2.</source>
        <translation>“%1” will be deleted with %2.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message numerus="yes">
        <source>The survey %1 stays, but no longer supplies values to the deleted indicators.</source>
        <translation>
            <numerusform>The survey %1 stays, but no longer supplies values to the deleted indicators.</numerusform>
            <numerusform>The survey %1 stays, but no longer supplies values to the deleted indicators.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings it all back.</source>
        <translation>Edit ▸ Undo brings it all back.</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Delete “%1”?</translation>
    </message>
    <message>
        <source>%1 in %2 “%3”</source>
        <translation>%1 in %2 “%3”</translation>
    </message>
    <message>
        <source>Plan (policies and measures)</source>
        <translation>Plan (policies and measures)</translation>
    </message>
    <message>
        <source>The arrow keys choose a record; F2 renames it. The Measure menu adds, moves and removes records.</source>
        <translation>The arrow keys choose a record; F2 renames it. The Measure menu adds, moves and removes records.</translation>
    </message>
</context>
<context>
    <name>seika::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and reports</source>
        <translation>The language of menus, dialogs and reports</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Applies at once: the window is shown again in the language chosen, on the same document.</source>
        <translation>Applies at once: the window is shown again in the language chosen, on the same document.</translation>
    </message>
    <message>
        <source>Era and Western year: %1</source>
        <translation>Era and Western year: %1</translation>
    </message>
    <message>
        <source>Era year: %1</source>
        <translation>Era year: %1</translation>
    </message>
    <message>
        <source>Western year: %1</source>
        <translation>Western year: %1</translation>
    </message>
    <message>
        <source>How tables, charts and reports write fiscal years. CSV files keep both the Western year and the era year, whatever is chosen here.</source>
        <translation>How tables, charts and reports write fiscal years. CSV files keep both the Western year and the era year, whatever is chosen here.</translation>
    </message>
    <message>
        <source>&amp;Fiscal years:</source>
        <translation>&amp;Fiscal years:</translation>
    </message>
    <message>
        <source>The paper print previews and PDFs start on; each preview can still change it</source>
        <translation>The paper print previews and PDFs start on; each preview can still change it</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>The orientation of council reports and the plan overview; charts are always printed landscape</source>
        <translation>The orientation of council reports and the plan overview; charts are always printed landscape</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation:</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel)</source>
        <translation>UTF-8 with BOM (Excel)</translation>
    </message>
    <message>
        <source>UTF-8 without BOM</source>
        <translation>UTF-8 without BOM</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932)</source>
        <translation>Shift_JIS (CP932)</translation>
    </message>
    <message>
        <source>The encoding File ▸ Export CSV starts on</source>
        <translation>The encoding File ▸ Export CSV starts on</translation>
    </message>
    <message>
        <source>CSV &amp;encoding:</source>
        <translation>CSV &amp;encoding:</translation>
    </message>
    <message>
        <source>Draw charts in &amp;grayscale</source>
        <translation>Draw charts in &amp;grayscale</translation>
    </message>
    <message>
        <source>Charts start with patterns and line styles instead of colours, for black-and-white copies</source>
        <translation>Charts start with patterns and line styles instead of colours, for black-and-white copies</translation>
    </message>
    <message>
        <source>Charts:</source>
        <translation>Charts:</translation>
    </message>
    <message>
        <source>New documents start with this outlier band: a figure that changes by more than this against the previous year is accepted with a warning</source>
        <translation>New documents start with this outlier band: a figure that changes by more than this against the previous year is accepted with a warning</translation>
    </message>
    <message>
        <source>Outlier &amp;band:</source>
        <translation>Outlier &amp;band:</translation>
    </message>
    <message>
        <source>For new documents. An open document keeps its own band (Edit ▸ Document Settings…).</source>
        <translation>For new documents. An open document keeps its own band (Edit ▸ Document Settings…).</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Restore &amp;Defaults</translation>
    </message>
    <message>
        <source>Put the default of every setting but the language in the form</source>
        <translation>Put the default of every setting but the language in the form</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>The colours of the windows and of the charts on screen</source>
        <translation>The colours of the windows and of the charts on screen</translation>
    </message>
    <message>
        <source>Colour &amp;scheme:</source>
        <translation>Colour &amp;scheme:</translation>
    </message>
    <message>
        <source>Applies at once. Printed and exported charts stay black on white paper.</source>
        <translation>Applies at once. Printed and exported charts stay black on white paper.</translation>
    </message>
</context>
<context>
    <name>seika::ui::PrintPreview</name>
    <message>
        <source>The printer “%1” reported an error.</source>
        <translation>The printer “%1” reported an error.</translation>
    </message>
    <message>
        <source>Print or Save</source>
        <translation>Print or Save</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>Pape&amp;r:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print on a printer (%1)</source>
        <translation>Print on a printer (%1)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Write these pages as a PDF file on the chosen paper</source>
        <translation>Write these pages as a PDF file on the chosen paper</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Page number</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>seika::ui::QuestionDialog</name>
    <message>
        <source>&amp;Single answer (S.A.)</source>
        <translation>&amp;Single answer (S.A.)</translation>
    </message>
    <message>
        <source>&amp;Multiple answers (M.A.)</source>
        <translation>&amp;Multiple answers (M.A.)</translation>
    </message>
    <message>
        <source>New Question</source>
        <translation>New Question</translation>
    </message>
    <message>
        <source>What indicators and CSV files name the question by (q1, burden …); unique in the survey</source>
        <translation>What indicators and CSV files name the question by (q1, burden …); unique in the survey</translation>
    </message>
    <message>
        <source>Answer category</source>
        <translation>Answer category</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>&amp;Add Category</source>
        <translation>&amp;Add Category</translation>
    </message>
    <message>
        <source>&amp;Remove Category</source>
        <translation>&amp;Remove Category</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Answers:</translation>
    </message>
    <message>
        <source>Answer categories, in the questionnaire&apos;s order:</source>
        <translation>Answer categories, in the questionnaire&apos;s order:</translation>
    </message>
    <message>
        <source>Code: a question needs a code.</source>
        <translation>Code: a question needs a code.</translation>
    </message>
    <message>
        <source>Code: the survey already has a question “%1”.</source>
        <translation>Code: the survey already has a question “%1”.</translation>
    </message>
    <message>
        <source>Question: a question needs its text.</source>
        <translation>Question: a question needs its text.</translation>
    </message>
    <message>
        <source>Answer categories: a question needs at least one.</source>
        <translation>Answer categories: a question needs at least one.</translation>
    </message>
    <message>
        <source>Answer category %1: the label is empty.</source>
        <translation>Answer category %1: the label is empty.</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Other (その他)</source>
        <translation>Other (その他)</translation>
    </message>
    <message>
        <source>No answer (無回答)</source>
        <translation>No answer (無回答)</translation>
    </message>
    <message>
        <source>Answer categories</source>
        <translation>Answer categories</translation>
    </message>
</context>
<context>
    <name>seika::ui::ReasonListEditor</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add a reason after the selected one</source>
        <translation>Add a reason after the selected one</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected reason</source>
        <translation>Remove the selected reason</translation>
    </message>
    <message>
        <source>Move the selected reason up</source>
        <translation>Move the selected reason up</translation>
    </message>
    <message>
        <source>Move the selected reason down</source>
        <translation>Move the selected reason down</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>seika::ui::RemovalText</name>
    <message numerus="yes">
        <source>%n policy(ies)</source>
        <translation>
            <numerusform>%n policy</numerusform>
            <numerusform>%n policyies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 figure(s)</source>
        <translation>
            <numerusform>%1 figure</numerusform>
            <numerusform>%1 figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s)</source>
        <translation>
            <numerusform>%n evaluation</numerusform>
            <numerusform>%n evaluations</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” holds nothing else.</source>
        <translation>“%1” holds nothing else.</translation>
    </message>
    <message>
        <source>“%1” goes with everything it holds: %2.</source>
        <translation>“%1” goes with everything it holds: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The survey(s) %1 stay, but no longer give values to what is removed.</source>
        <translation>The survey(s) %1 stay, but no longer give values to what is removed.</translation>
    </message>
    <message>
        <source>Figures or evaluations of %1 would go, and those years are locked: unlock them first.</source>
        <translation>Figures or evaluations of %1 would go, and those years are locked: unlock them first.</translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings it all back.</source>
        <translation>Edit ▸ Undo brings it all back.</translation>
    </message>
</context>
<context>
    <name>seika::ui::ReportBuilder</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>%1 measure evaluation sheet</source>
        <translation>%1 measure evaluation sheet</translation>
    </message>
    <message>
        <source>Basic policy (layer 1)</source>
        <translation>Basic policy (layer 1)</translation>
    </message>
    <message>
        <source>Policy (layer 2)</source>
        <translation>Policy (layer 2)</translation>
    </message>
    <message>
        <source>Measure (layer 3)</source>
        <translation>Measure (layer 3)</translation>
    </message>
    <message>
        <source>Direct goal</source>
        <translation>Direct goal</translation>
    </message>
    <message>
        <source>Main programmes</source>
        <translation>Main programmes</translation>
    </message>
    <message>
        <source>Outcome indicators</source>
        <translation>Outcome indicators</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>Indicator %1</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>Calculation</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <source>Target values</source>
        <translation>Target values</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Rationale for the targets</source>
        <translation>Rationale for the targets</translation>
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
        <source>target not achieved</source>
        <translation>target not achieved</translation>
    </message>
    <message>
        <source>Indicator %1: achievement status (%2)</source>
        <translation>Indicator %1: achievement status (%2)</translation>
    </message>
    <message>
        <source>on the path to the next target</source>
        <translation>on the path to the next target</translation>
    </message>
    <message>
        <source>earlier baseline: %1</source>
        <translation>earlier baseline: %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Not evaluated yet</source>
        <translation>Not evaluated yet</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Achievement of the measure</source>
        <translation>Achievement of the measure</translation>
    </message>
    <message>
        <source>[Achievement grades]</source>
        <translation>[Achievement grades]</translation>
    </message>
    <message>
        <source>Grade suggested by the grading rule: %1</source>
        <translation>Grade suggested by the grading rule: %1</translation>
    </message>
    <message>
        <source>Future direction</source>
        <translation>Future direction</translation>
    </message>
    <message>
        <source>[Direction grades]</source>
        <translation>[Direction grades]</translation>
    </message>
    <message>
        <source>Survey change: %1</source>
        <translation>Survey change: %1</translation>
    </message>
    <message>
        <source>Since the baseline: %1</source>
        <translation>Since the baseline: %1</translation>
    </message>
    <message>
        <source>sum of the wards (no city figure entered)</source>
        <translation>sum of the wards (no city figure entered)</translation>
    </message>
    <message>
        <source>※ %1.</source>
        <translation>※ %1.</translation>
    </message>
    <message>
        <source>※ %1: %2</source>
        <translation>※ %1: %2</translation>
    </message>
</context>
<context>
    <name>seika::ui::ReportRenderer</name>
    <message>
        <source>No chart for %1</source>
        <translation>No chart for %1</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>The date format of the report&apos;s footer (QDate::toString); Japanese: yyyy年M月d日</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Printed %1</translation>
    </message>
</context>
<context>
    <name>seika::ui::ResponsesImportDialog</name>
    <message>
        <source>Compute from Respondents</source>
        <translation>Compute from Respondents</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932)</source>
        <translation>Shift_JIS (CP932)</translation>
    </message>
    <message>
        <source>The columns whose groups get a row each (年代, 職業, 区 …)</source>
        <translation>The columns whose groups get a row each (年代, 職業, 区 …)</translation>
    </message>
    <message>
        <source>Respondents &amp;file:</source>
        <translation>Respondents &amp;file:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;Answer column:</source>
        <translation>&amp;Answer column:</translation>
    </message>
    <message>
        <source>Attribute &amp;columns:</source>
        <translation>Attribute &amp;columns:</translation>
    </message>
    <message>
        <source>&amp;Weight column:</source>
        <translation>&amp;Weight column:</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>C&amp;heck</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Compute from the &amp;valid rows only</source>
        <translation>Compute from the &amp;valid rows only</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Refused rows:</source>
        <translation>Refused rows:</translation>
    </message>
    <message>
        <source>The table the import gives (n, then each answer: count and %):</source>
        <translation>The table the import gives (n, then each answer: count and %):</translation>
    </message>
    <message>
        <source>Respondents File</source>
        <translation>Respondents File</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” cannot be read: %2</translation>
    </message>
    <message>
        <source>None (every respondent counts 1)</source>
        <translation>None (every respondent counts 1)</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s). Choose the columns, then Check.</source>
        <translation>
            <numerusform>%n column. Choose the columns, then Check.</numerusform>
            <numerusform>%n columns. Choose the columns, then Check.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a respondents file first.</source>
        <translation>Choose a respondents file first.</translation>
    </message>
    <message>
        <source>The question is no longer in the document.</source>
        <translation>The question is no longer in the document.</translation>
    </message>
    <message>
        <source>%1 respondents: %2 valid, %3 refused.</source>
        <translation>%1 respondents: %2 valid, %3 refused.</translation>
    </message>
    <message>
        <source>Weighted by “%1”.</source>
        <translation>Weighted by “%1”.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Nothing to change: the question already holds this table.</source>
        <translation>Nothing to change: the question already holds this table.</translation>
    </message>
    <message>
        <source>Compute %1 from “%2”</source>
        <translation>Compute %1 from “%2”</translation>
    </message>
    <message>
        <source>Attribute columns</source>
        <translation>Attribute columns</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>Refused rows</translation>
    </message>
    <message>
        <source>Computed table</source>
        <translation>Computed table</translation>
    </message>
</context>
<context>
    <name>seika::ui::SpreadsheetView</name>
    <message>
        <source>Cells Not Accepted</source>
        <translation>Cells Not Accepted</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>This cell cannot be edited.</source>
        <translation>This cell cannot be edited.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste.</source>
        <translation>The clipboard holds no text to paste.</translation>
    </message>
    <message>
        <source>There is nothing to paste.</source>
        <translation>There is nothing to paste.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Paste %n cell</numerusform>
            <numerusform>Paste %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was pasted: %n cell(s) cannot be accepted.</source>
        <translation>
            <numerusform>Nothing was pasted: %n cell cannot be accepted.</numerusform>
            <numerusform>Nothing was pasted: %n cells cannot be accepted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s).</source>
        <translation>
            <numerusform>Pasted %n cell.</numerusform>
            <numerusform>Pasted %n cells.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>Clear %n cell</numerusform>
            <numerusform>Clear %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was cleared: %n cell(s) cannot be changed.</source>
        <translation>
            <numerusform>Nothing was cleared: %n cell cannot be changed.</numerusform>
            <numerusform>Nothing was cleared: %n cells cannot be changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n cell(s).</source>
        <translation>
            <numerusform>Cleared %n cell.</numerusform>
            <numerusform>Cleared %n cells.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Nothing was pasted.</source>
        <translation>Nothing was pasted.</translation>
    </message>
    <message>
        <source>Cells not accepted</source>
        <translation>Cells not accepted</translation>
    </message>
</context>
<context>
    <name>seika::ui::StartPage</name>
    <message>
        <source>Add the First Measure</source>
        <translation>Add the First Measure</translation>
    </message>
    <message>
        <source>Import a Plan File…</source>
        <translation>Import a Plan File…</translation>
    </message>
    <message>
        <source>Open the Sample…</source>
        <translation>Open the Sample…</translation>
    </message>
    <message>
        <source>Set up your plan</source>
        <translation>Set up your plan</translation>
    </message>
    <message>
        <source>This document has no policies or measures yet. Seika evaluates each measure (施策) of the plan&apos;s structure: basic policies (基本政策) hold policies (政策), which hold measures, each with its outcome indicators.</source>
        <translation>This document has no policies or measures yet. Seika evaluates each measure (施策) of the plan&apos;s structure: basic policies (基本政策) hold policies (政策), which hold measures, each with its outcome indicators.</translation>
    </message>
    <message>
        <source>Later, add and arrange records in the tree on the left: right-click it, or use Insert, F2 (rename), Ctrl+Up/Down and Delete there, or drag records.</source>
        <translation>Later, add and arrange records in the tree on the left: right-click it, or use Insert, F2 (rename), Ctrl+Up/Down and Delete there, or drag records.</translation>
    </message>
    <message>
        <source>Creates a basic policy, a policy and a measure numbered 1, 1-1 and 1-1-1 with provisional titles, for you to name in the tree.</source>
        <translation>Creates a basic policy, a policy and a measure numbered 1, 1-1 and 1-1-1 with provisional titles, for you to name in the tree.</translation>
    </message>
    <message>
        <source>Reads the plan&apos;s structure (施策体系) from a CSV file saved from Excel: basic policies, policies, measures and their indicators.</source>
        <translation>Reads the plan&apos;s structure (施策体系) from a CSV file saved from Excel: basic policies, policies, measures and their indicators.</translation>
    </message>
    <message>
        <source>Creates a copy of the Kawasaki City sample (a measure with its indicators, figures and evaluation) to try Seika on.</source>
        <translation>Creates a copy of the Kawasaki City sample (a measure with its indicators, figures and evaluation) to try Seika on.</translation>
    </message>
</context>
<context>
    <name>seika::ui::SurveyChart</name>
    <message>
        <source>%1 (M.A.)</source>
        <translation>%1 (M.A.)</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>Source: %1 (%2)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>* base under %1: its percentages are unreliable.</source>
        <translation>* base under %1: its percentages are unreliable.</translation>
    </message>
    <message>
        <source>Error bars: 95% margin of error of the first answer.</source>
        <translation>Error bars: 95% margin of error of the first answer.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 (n=?)</source>
        <translation>%1 (n=?)</translation>
    </message>
    <message>
        <source>%1 (n=%2)</source>
        <translation>%1 (n=%2)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>n = %1 is assumed.</source>
        <translation>n = %1 is assumed.</translation>
    </message>
    <message>
        <source>n = %1 is assumed: %2</source>
        <translation>n = %1 is assumed: %2</translation>
    </message>
    <message>
        <source>%1 (n=%2, assumed)</source>
        <translation>%1 (n=%2, assumed)</translation>
    </message>
</context>
<context>
    <name>seika::ui::SurveyTableModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>No answer / unknown</source>
        <translation>No answer / unknown</translation>
    </message>
    <message>
        <source>M.T.</source>
        <translation>M.T.</translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>No document is open.</translation>
    </message>
    <message>
        <source>The document is open read-only.</source>
        <translation>The document is open read-only.</translation>
    </message>
    <message>
        <source>This column is derived from the row&apos;s percentages.</source>
        <translation>This column is derived from the row&apos;s percentages.</translation>
    </message>
    <message>
        <source>This percentage is derived from the count; change the count in the Counts view.</source>
        <translation>This percentage is derived from the count; change the count in the Counts view.</translation>
    </message>
    <message>
        <source>%1: the answers add up to %2%, over %3% (one answer per respondent).</source>
        <translation>%1: the answers add up to %2%, over %3% (one answer per respondent).</translation>
    </message>
    <message>
        <source>Base under %1: the percentages of this row are unreliable.</source>
        <translation>Base under %1: the percentages of this row are unreliable.</translation>
    </message>
    <message>
        <source>Derived: 100% minus the known answers (無回答・不明)</source>
        <translation>Derived: 100% minus the known answers (無回答・不明)</translation>
    </message>
    <message>
        <source>Derived: the total of mentions (M.T.), which may exceed 100%</source>
        <translation>Derived: the total of mentions (M.T.), which may exceed 100%</translation>
    </message>
    <message>
        <source>Entered as a percentage: %1%</source>
        <translation>Entered as a percentage: %1%</translation>
    </message>
    <message>
        <source>Derived from the count %1 of n = %2</source>
        <translation>Derived from the count %1 of n = %2</translation>
    </message>
    <message>
        <source>Unreliable: the base n = %1 is under %2.</source>
        <translation>Unreliable: the base n = %1 is under %2.</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <source>Edit %1, %2</source>
        <translation>Edit %1, %2</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>“%1” lies outside the table.</source>
        <translation>“%1” lies outside the table.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” is not a number.</translation>
    </message>
    <message>
        <source>“%1” is negative.</source>
        <translation>“%1” is negative.</translation>
    </message>
    <message>
        <source>“%1” is no whole number of respondents.</source>
        <translation>“%1” is no whole number of respondents.</translation>
    </message>
    <message>
        <source>“%1” is over 100%.</source>
        <translation>“%1” is over 100%.</translation>
    </message>
    <message>
        <source>n = “%1” is under the count %2 of %3.</source>
        <translation>n = “%1” is under the count %2 of %3.</translation>
    </message>
    <message>
        <source>“%1” is over the base n = %2.</source>
        <translation>“%1” is over the base n = %2.</translation>
    </message>
    <message>
        <source>“%1” is not accepted: %2</source>
        <translation>“%1” is not accepted: %2</translation>
    </message>
    <message>
        <source>The survey is no longer in the document.</source>
        <translation>The survey is no longer in the document.</translation>
    </message>
    <message>
        <source>No question is shown.</source>
        <translation>No question is shown.</translation>
    </message>
    <message>
        <source>A group row needs an attribute (年代) and a group (10歳代).</source>
        <translation>A group row needs an attribute (年代) and a group (10歳代).</translation>
    </message>
    <message>
        <source>The question has the row %1: %2 already.</source>
        <translation>The question has the row %1: %2 already.</translation>
    </message>
    <message>
        <source>Add row %1: %2</source>
        <translation>Add row %1: %2</translation>
    </message>
    <message>
        <source>Choose a group row to remove.</source>
        <translation>Choose a group row to remove.</translation>
    </message>
    <message>
        <source>The row %1 cannot be removed.</source>
        <translation>The row %1 cannot be removed.</translation>
    </message>
    <message>
        <source>Remove row %1</source>
        <translation>Remove row %1</translation>
    </message>
</context>
<context>
    <name>seika::ui::SurveyWindow</name>
    <message>
        <source>Surveys</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <source>Survey / question</source>
        <translation>Survey / question</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Random sample (postal)</source>
        <translation>Random sample (postal)</translation>
    </message>
    <message>
        <source>Internet survey</source>
        <translation>Internet survey</translation>
    </message>
    <message>
        <source>Census (everyone asked)</source>
        <translation>Census (everyone asked)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Derived: valid responses ÷ questionnaires sent</source>
        <translation>Derived: valid responses ÷ questionnaires sent</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Fiscal year:</source>
        <translation>Fiscal year:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Method:</translation>
    </message>
    <message>
        <source>Asked:</source>
        <translation>Asked:</translation>
    </message>
    <message>
        <source>Population:</source>
        <translation>Population:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Sent:</translation>
    </message>
    <message>
        <source>Valid responses:</source>
        <translation>Valid responses:</translation>
    </message>
    <message>
        <source>Response rate:</source>
        <translation>Response rate:</translation>
    </message>
    <message>
        <source>&amp;Counts</source>
        <translation>&amp;Counts</translation>
    </message>
    <message>
        <source>&amp;Percentages</source>
        <translation>&amp;Percentages</translation>
    </message>
    <message>
        <source>&amp;Add Row…</source>
        <translation>&amp;Add Row…</translation>
    </message>
    <message>
        <source>Add a group row (年代: 10歳代, 職業: 学生 …)</source>
        <translation>Add a group row (年代: 10歳代, 職業: 学生 …)</translation>
    </message>
    <message>
        <source>&amp;Remove Row</source>
        <translation>&amp;Remove Row</translation>
    </message>
    <message>
        <source>Error &amp;bars (±95% margin of error)</source>
        <translation>Error &amp;bars (±95% margin of error)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Export as &amp;PNG…</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>Export as &amp;SVG…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Export as P&amp;DF…</translation>
    </message>
    <message>
        <source>P&amp;rint Chart…</source>
        <translation>P&amp;rint Chart…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>S.A.</source>
        <translation>S.A.</translation>
    </message>
    <message>
        <source>M.A.</source>
        <translation>M.A.</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>%1%（%2 / %3）</source>
        <translation>%1%（%2 / %3）</translation>
    </message>
    <message>
        <source>Choose a question on the left.</source>
        <translation>Choose a question on the left.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number of 0 or more.</source>
        <translation>%1: “%2” is not a whole number of 0 or more.</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Valid responses</source>
        <translation>Valid responses</translation>
    </message>
    <message>
        <source>Valid responses: “%1” is more than the %2 questionnaires sent.</source>
        <translation>Valid responses: “%1” is more than the %2 questionnaires sent.</translation>
    </message>
    <message>
        <source>Title: a survey needs a title.</source>
        <translation>Title: a survey needs a title.</translation>
    </message>
    <message>
        <source>Edit survey %1</source>
        <translation>Edit survey %1</translation>
    </message>
    <message>
        <source>There is nothing to paste.</source>
        <translation>There is nothing to paste.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n survey cell(s)</source>
        <translation>
            <numerusform>Paste %n survey cell</numerusform>
            <numerusform>Paste %n survey cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was pasted: %n cell(s) cannot be accepted.</source>
        <translation>
            <numerusform>Nothing was pasted: %n cell cannot be accepted.</numerusform>
            <numerusform>Nothing was pasted: %n cells cannot be accepted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s).</source>
        <translation>
            <numerusform>Pasted %n cell.</numerusform>
            <numerusform>Pasted %n cells.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n survey cell(s)</source>
        <translation>
            <numerusform>Clear %n survey cell</numerusform>
            <numerusform>Clear %n survey cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n cell(s).</source>
        <translation>
            <numerusform>Cleared %n cell.</numerusform>
            <numerusform>Cleared %n cells.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added the row %1: %2.</source>
        <translation>Added the row %1: %2.</translation>
    </message>
    <message>
        <source>Removed the row %1.</source>
        <translation>Removed the row %1.</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Age group</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Add Row</translation>
    </message>
    <message>
        <source>Attribute (年代, 職業, 区 …):</source>
        <translation>Attribute (年代, 職業, 区 …):</translation>
    </message>
    <message>
        <source>Group (10歳代, 学生 …):</source>
        <translation>Group (10歳代, 学生 …):</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <source>The chart could not be written to “%1”.</source>
        <translation>The chart could not be written to “%1”.</translation>
    </message>
    <message>
        <source>Exported the chart to %1.</source>
        <translation>Exported the chart to %1.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG drawings (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Print Chart</source>
        <translation>Print Chart</translation>
    </message>
    <message>
        <source>From Respondents &amp;File…</source>
        <translation>From Respondents &amp;File…</translation>
    </message>
    <message>
        <source>Compute the table from a CSV file of one row per respondent</source>
        <translation>Compute the table from a CSV file of one row per respondent</translation>
    </message>
    <message>
        <source>Could not print the chart.</source>
        <translation>Could not print the chart.</translation>
    </message>
    <message>
        <source>New &amp;Survey</source>
        <translation>New &amp;Survey</translation>
    </message>
    <message>
        <source>Add a survey; then type its title, year and counts on the right</source>
        <translation>Add a survey; then type its title, year and counts on the right</translation>
    </message>
    <message>
        <source>New &amp;Question…</source>
        <translation>New &amp;Question…</translation>
    </message>
    <message>
        <source>Add a question with its answer categories to the survey shown</source>
        <translation>Add a question with its answer categories to the survey shown</translation>
    </message>
    <message>
        <source>New survey</source>
        <translation>New survey</translation>
    </message>
    <message>
        <source>Add survey</source>
        <translation>Add survey</translation>
    </message>
    <message>
        <source>Added a survey: type its title, fiscal year and counts, then add its questions.</source>
        <translation>Added a survey: type its title, fiscal year and counts, then add its questions.</translation>
    </message>
    <message>
        <source>Add question %1</source>
        <translation>Add question %1</translation>
    </message>
    <message>
        <source>Added the question %1: type its figures in the grid.</source>
        <translation>Added the question %1: type its figures in the grid.</translation>
    </message>
    <message>
        <source>A&amp;ssumed value</source>
        <translation>A&amp;ssumed value</translation>
    </message>
    <message>
        <source>Check when the valid responses are an assumption, not the survey&apos;s own figure: every table, chart and report that uses n then says so</source>
        <translation>Check when the valid responses are an assumption, not the survey&apos;s own figure: every table, chart and report that uses n then says so</translation>
    </message>
    <message>
        <source>What the assumption rests on (shown with n wherever it is used)</source>
        <translation>What the assumption rests on (shown with n wherever it is used)</translation>
    </message>
    <message>
        <source>Assumption:</source>
        <translation>Assumption:</translation>
    </message>
    <message>
        <source>Valid responses (n): the base of the 全体 row when it has none of its own, and of the significance test of a survey-fed indicator</source>
        <translation>Valid responses (n): the base of the 全体 row when it has none of its own, and of the significance test of a survey-fed indicator</translation>
    </message>
    <message>
        <source>n = %1 is an assumption, not the survey&apos;s own figure.</source>
        <translation>n = %1 is an assumption, not the survey&apos;s own figure.</translation>
    </message>
    <message>
        <source>n = %1 is an assumption, not the survey&apos;s own figure: %2</source>
        <translation>n = %1 is an assumption, not the survey&apos;s own figure: %2</translation>
    </message>
    <message>
        <source>Surveys and questions</source>
        <translation>Surveys and questions</translation>
    </message>
    <message>
        <source>Answers by group</source>
        <translation>Answers by group</translation>
    </message>
    <message>
        <source>Typing replaces the count of the cell, F2 edits it; Enter goes down, Tab right; Delete clears; Ctrl+C and Ctrl+V copy and paste blocks.</source>
        <translation>Typing replaces the count of the cell, F2 edits it; Enter goes down, Tab right; Delete clears; Ctrl+C and Ctrl+V copy and paste blocks.</translation>
    </message>
    <message>
        <source>Chart of the answers</source>
        <translation>Chart of the answers</translation>
    </message>
</context>
<context>
    <name>seika::ui::TargetTableModel</name>
    <message>
        <source>at least (≥)</source>
        <translation>at least (≥)</translation>
    </message>
    <message>
        <source>at most (≤)</source>
        <translation>at most (≤)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Written without 以上 or 以下; reached when the actual gets there in the better direction.</source>
        <translation>Written without 以上 or 以下; reached when the actual gets there in the better direction.</translation>
    </message>
    <message>
        <source>How the evaluation sheet writes this target</source>
        <translation>How the evaluation sheet writes this target</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>Comparator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>As written</translation>
    </message>
    <message>
        <source>Target %1, %2: %3</source>
        <translation>Target %1, %2: %3</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>%1 already has a target (row %2).</source>
        <translation>%1 already has a target (row %2).</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
</context>
<context>
    <name>seika::ui::TrendChart</name>
    <message>
        <source>No figures to chart yet.</source>
        <translation>No figures to chart yet.</translation>
    </message>
    <message>
        <source>Unit: %1 (axis from 0)</source>
        <translation>Unit: %1 (axis from 0)</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>※ %1.</source>
        <translation>※ %1.</translation>
    </message>
    <message>
        <source>※ %1: %2</source>
        <translation>※ %1: %2</translation>
    </message>
</context>
<context>
    <name>seika::ui::YearLockText</name>
    <message>
        <source>%1 is confirmed and locked (%2, %3).</source>
        <translation>%1 is confirmed and locked (%2, %3).</translation>
    </message>
    <message>
        <source>%1: no evaluation</source>
        <translation>%1: no evaluation</translation>
    </message>
    <message>
        <source>%1, %2: no figure for %3</source>
        <translation>%1, %2: no figure for %3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not everything of this year is entered yet:</source>
        <translation>Not everything of this year is entered yet:</translation>
    </message>
</context>
<context>
    <name>seika::ui::YearlyValuesEditor</name>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>Show every area side by side, or one area with its counts and rate</source>
        <translation>Show every area side by side, or one area with its counts and rate</translation>
    </message>
    <message>
        <source>&amp;Areas:</source>
        <translation>&amp;Areas:</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Saved with warnings: %1</source>
        <translation>Saved with warnings: %1</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (code %2)</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>“%1” is open read-only: the figures can be viewed and copied, not changed.</source>
        <translation>“%1” is open read-only: the figures can be viewed and copied, not changed.</translation>
    </message>
    <message>
        <source>This measure has no indicators to enter.</source>
        <translation>This measure has no indicators to enter.</translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>No document is open.</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <source>%1 = %2 ÷ %3 × 100 (%4). Enter both counts; the rate follows. The city&apos;s counts are the sum of the wards unless entered.</source>
        <translation>%1 = %2 ÷ %3 × 100 (%4). Enter both counts; the rate follows. The city&apos;s counts are the sum of the wards unless entered.</translation>
    </message>
    <message>
        <source>%1 (unit: %2).</source>
        <translation>%1 (unit: %2).</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>&amp;Copy Message</source>
        <translation>&amp;Copy Message</translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation>As &amp;of:</translation>
    </message>
    <message>
        <source>The date the figure refers to (基準日), e.g. April 1 for a membership rate</source>
        <translation>The date the figure refers to (基準日), e.g. April 1 for a membership rate</translation>
    </message>
    <message>
        <source>A note on this figure: where it comes from, what it leaves out</source>
        <translation>A note on this figure: where it comes from, what it leaves out</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Date and note of %1</source>
        <translation>Date and note of %1</translation>
    </message>
    <message>
        <source>Saved the date and note of %1.</source>
        <translation>Saved the date and note of %1.</translation>
    </message>
    <message>
        <source>&amp;By Year</source>
        <translation>&amp;By Year</translation>
    </message>
    <message>
        <source>One row per fiscal year, the areas side by side</source>
        <translation>One row per fiscal year, the areas side by side</translation>
    </message>
    <message>
        <source>By &amp;Ward (One Year)</source>
        <translation>By &amp;Ward (One Year)</translation>
    </message>
    <message>
        <source>One fiscal year: the city and every ward as rows, the indicator&apos;s fields as columns. Rows pasted with ward names go to those wards.</source>
        <translation>One fiscal year: the city and every ward as rows, the indicator&apos;s fields as columns. Rows pasted with ward names go to those wards.</translation>
    </message>
    <message>
        <source>The fiscal year whose figures of every area are shown</source>
        <translation>The fiscal year whose figures of every area are shown</translation>
    </message>
    <message>
        <source>Fiscal year of the war&amp;ds:</source>
        <translation>Fiscal year of the war&amp;ds:</translation>
    </message>
    <message>
        <source>Italic: the sum of the wards, or a rate entered without its counts. Amber: a warning (outlier or gap; hover for details). Grey: derived, a target, or a locked year. Type to overwrite, F2 to edit, Delete to clear, Ctrl+C / Ctrl+V to copy and paste blocks from Excel; rows labelled with ward names or fiscal years go to their rows.</source>
        <translation>Italic: the sum of the wards, or a rate entered without its counts. Amber: a warning (outlier or gap; hover for details). Grey: derived, a target, or a locked year. Type to overwrite, F2 to edit, Delete to clear, Ctrl+C / Ctrl+V to copy and paste blocks from Excel; rows labelled with ward names or fiscal years go to their rows.</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation>%1 (locked)</translation>
    </message>
    <message>
        <source>Yearly values</source>
        <translation>Yearly values</translation>
    </message>
    <message>
        <source>Typing replaces the figure of the cell, F2 edits it; Enter goes down, Tab right; Delete clears; Ctrl+C and Ctrl+V copy and paste blocks.</source>
        <translation>Typing replaces the figure of the cell, F2 edits it; Enter goes down, Tab right; Delete clears; Ctrl+C and Ctrl+V copy and paste blocks.</translation>
    </message>
    <message>
        <source>Date the figure refers to</source>
        <translation>Date the figure refers to</translation>
    </message>
    <message>
        <source>%1: the figures can be viewed and copied, not changed.</source>
        <translation>%1: the figures can be viewed and copied, not changed.</translation>
    </message>
    <message>
        <source>%1: you enter the figures of your own wards; the other rows are shown, not changeable.</source>
        <translation>%1: you enter the figures of your own wards; the other rows are shown, not changeable.</translation>
    </message>
</context>
</TS>
