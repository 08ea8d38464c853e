<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>seika::app::Startup</name>
    <message>
        <source>User interface language: ja (Japanese, the default) or en (English).</source>
        <translation>ユーザーインターフェイスの言語。ja（日本語、既定）または en（英語）を指定します。</translation>
    </message>
    <message>
        <source>Seika: policy evaluation (施策評価) for Japanese municipalities.</source>
        <translation>Seika: 自治体のための施策評価アプリケーション</translation>
    </message>
    <message>
        <source>The Seika document (.seika) to open. Without it, the default document opens, created from the Kawasaki City sample the first time.</source>
        <translation>開くSeika文書（.seika）。省略すると既定の文書を開きます（初回は川崎市のサンプルから作成されます）。</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use ja or en.</source>
        <translation>「%1」は不明な言語です。ja または en を指定してください。</translation>
    </message>
    <message>
        <source>Give at most one document to open.</source>
        <translation>開く文書は1つだけ指定してください。</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>「%1」を開けませんでした。</translation>
    </message>
</context>
<context>
    <name>seika::cli::Cli</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>オプション --%1 には値が必要です。</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>不明なオプション: %1</translation>
    </message>
    <message>
        <source>Usage: seika-cli init FILE [--sample kawasaki | --empty]
Creates a new Seika document at FILE (which must not exist), from the Kawasaki sample (the default) or empty.</source>
        <translation>使い方: seika-cli init FILE [--sample kawasaki | --empty]
FILE に新しいSeika文書を作成します（FILE には、まだ存在しないファイルを指定してください）。川崎市のサンプルから作成する（既定）か、空の文書を作成します。</translation>
    </message>
    <message>
        <source>Usage: seika-cli [--db FILE] summary [--year FY] [--format text|json]
Prints the document: hierarchy, indicators with baselines, targets and actuals, and the grades for the fiscal year FY (default: the latest year with data). FY takes 2017, 2017年度, H29, R3, 平成29年度, 令和元年度 and the like.</source>
        <translation>使い方: seika-cli [--db FILE] summary [--year FY] [--format text|json]
文書の内容（政策体系、成果指標とその現状値・目標値・実績）と、年度 FY の達成状況を出力します（FY の既定値は、データのある最新の年度です）。FY には 2017、2017年度、H29、R3、平成29年度、令和元年度 などの形式で指定できます。</translation>
    </message>
    <message>
        <source>Usage: seika-cli [--db FILE] evaluate --year FY [--measure ID] [--format text|json]
Judges each indicator of the measure for FY and suggests the grade, explaining why. Without --measure every measure is evaluated.</source>
        <translation>使い方: seika-cli [--db FILE] evaluate --year FY [--measure ID] [--format text|json]
年度 FY について施策の各成果指標を判定し、達成状況をその根拠とともに提案します。--measure を省略すると、すべての施策を評価します。</translation>
    </message>
    <message>
        <source>Usage: seika-cli [--db FILE] export-json --out FILE
Writes the document as a JSON exchange file (docs/json-format.md).</source>
        <translation>使い方: seika-cli [--db FILE] export-json --out FILE
文書をJSON交換ファイル（docs/json-format.md）として書き出します。</translation>
    </message>
    <message>
        <source>Usage: seika-cli import-json FILE --out NEWFILE
Reads a JSON exchange file and creates the Seika document NEWFILE (which must not exist).</source>
        <translation>使い方: seika-cli import-json FILE --out NEWFILE
JSON交換ファイルを読み込み、Seika文書 NEWFILE を作成します（NEWFILE には、まだ存在しないファイルを指定してください）。</translation>
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
        <translation>使い方: seika-cli [--db FILE] [--lang ja|en] COMMAND [OPTIONS]

コマンド:
  init FILE [--sample kawasaki|--empty]   文書を作成します
  summary [--year FY] [--format text|json] 文書の内容と達成状況を出力します
  evaluate --year FY [--measure ID] [--format text|json]
                                          成果指標を判定し、達成状況を提案します
  export-json --out FILE                  JSON交換ファイルを書き出します
  import-json FILE --out NEWFILE          JSONファイルから文書を作成します

--db を省略すると、ユーザーの既定の文書を使用します（存在しない場合はサンプルから作成します）。
各コマンドのオプションは seika-cli COMMAND --help で確認できます。
終了コード: 0 成功、1 使い方の誤り、2 データまたはファイルの不備</translation>
    </message>
    <message>
        <source>above baseline</source>
        <translation>現状値を上回る</translation>
    </message>
    <message>
        <source>level with baseline</source>
        <translation>現状値と同じ</translation>
    </message>
    <message>
        <source>below baseline</source>
        <translation>現状値を下回る</translation>
    </message>
    <message>
        <source>far below baseline</source>
        <translation>現状値を大幅に下回る</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>判定なし</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>not achieved</source>
        <translation>未達成</translation>
    </message>
    <message>
        <source>Run seika-cli --help for usage.</source>
        <translation>使い方は seika-cli --help で確認できます。</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>オプション %1 には値が必要です。</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use ja or en.</source>
        <translation>「%1」は不明な言語です。ja または en を指定してください。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>コマンドが指定されていません。</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>「%1」は不明なコマンドです。</translation>
    </message>
    <message>
        <source>init takes exactly one FILE.</source>
        <translation>init には FILE を1つだけ指定してください。</translation>
    </message>
    <message>
        <source>Choose either --sample or --empty.</source>
        <translation>--sample と --empty のどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>Unknown sample “%1”; the bundled sample is kawasaki.</source>
        <translation>「%1」は不明なサンプルです。同梱のサンプルは kawasaki です。</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>作成しました: %1</translation>
    </message>
    <message>
        <source>summary takes no FILE; use --db FILE before the command.</source>
        <translation>summary には FILE を指定できません。文書はコマンドの前に --db FILE で指定してください。</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use text or json.</source>
        <translation>「%1」は不明な形式です。text または json を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>Municipality: %1 (%n ward(s))</source>
        <translation>
            <numerusform>自治体: %1（%n区）</numerusform>
        </translation>
    </message>
    <message>
        <source>Fiscal year: %1</source>
        <translation>年度: %1</translation>
    </message>
    <message>
        <source>Basic policy: %1</source>
        <translation>基本政策: %1</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>政策: %1</translation>
    </message>
    <message>
        <source>Measure %1: %2</source>
        <translation>施策%1: %2</translation>
    </message>
    <message>
        <source>Direct goal: %1</source>
        <translation>直接目標: %1</translation>
    </message>
    <message>
        <source>Programmes: %1</source>
        <translation>主な事務事業: %1</translation>
    </message>
    <message>
        <source>%1, earlier</source>
        <translation>旧: %1</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>現状値: %1</translation>
    </message>
    <message>
        <source>Targets: %1</source>
        <translation>目標値: %1</translation>
    </message>
    <message>
        <source>Actual %1: %2 — %3, %4</source>
        <translation>%1実績: %2 — %3、%4</translation>
    </message>
    <message>
        <source>Suggested grade: %1</source>
        <translation>達成状況（提案）: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Chosen grade: %1</source>
        <translation>達成状況（決定）: %1</translation>
    </message>
    <message>
        <source>Direction: %1</source>
        <translation>今後の方向性: %1</translation>
    </message>
    <message>
        <source>Chosen grade: not yet decided</source>
        <translation>達成状況（決定）: 未決定</translation>
    </message>
    <message>
        <source>evaluate takes no FILE; use --db FILE before the command.</source>
        <translation>evaluate には FILE を指定できません。文書はコマンドの前に --db FILE で指定してください。</translation>
    </message>
    <message>
        <source>evaluate needs --year FY.</source>
        <translation>evaluate には --year FY の指定が必要です。</translation>
    </message>
    <message>
        <source>--measure takes the number of a measure, as summary shows it.</source>
        <translation>--measure には、summary で表示される施策の番号を指定してください。</translation>
    </message>
    <message>
        <source>export-json needs --out FILE.</source>
        <translation>export-json には --out FILE の指定が必要です。</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>書き出しました: %1</translation>
    </message>
    <message>
        <source>import-json needs FILE and --out NEWFILE.</source>
        <translation>import-json には FILE と --out NEWFILE の指定が必要です。</translation>
    </message>
</context>
<context>
    <name>seika::core::Error</name>
    <message>
        <source>The year %1 is outside this document&apos;s years (%2).</source>
        <translation>%1は、この文書の対象年度（%2）の範囲外です。</translation>
    </message>
    <message>
        <source>The year %1 is locked (確定) by %2 since %3; unlock it before editing.</source>
        <translation>%1は%2により確定済みです（%3から）。編集するには確定を解除してください。</translation>
    </message>
    <message>
        <source>The year %1 is not locked.</source>
        <translation>%1は確定されていません。</translation>
    </message>
    <message>
        <source>%1 is given twice; each indicator, year and area takes one figure.</source>
        <translation>%1が重複しています。指標・年度・地域ごとに値は一つです。</translation>
    </message>
    <message>
        <source>“%1” is in use by another Seika window or process (%2). Open it read-only, or close it there first.</source>
        <translation>「%1」は別のSeikaのウィンドウまたはプロセスで使用中です（%2）。読み取り専用で開くか、先にそちらで閉じてください。</translation>
    </message>
    <message>
        <source>“%1” is open read-only; changes are not possible.</source>
        <translation>「%1」は読み取り専用で開かれているため、変更できません。</translation>
    </message>
    <message>
        <source>No fiscal year was given.</source>
        <translation>年度が指定されていません。</translation>
    </message>
    <message>
        <source>“%1” is not a fiscal year. Write it as 2017, 2017年度, H29, R3, 平成29年度 or 令和元年度.</source>
        <translation>「%1」は年度として解釈できません。2017、2017年度、H29、R3、平成29年度、令和元年度 のいずれかの形式で入力してください。</translation>
    </message>
    <message>
        <source>“%1” uses an unknown era. Known eras are 昭和 (S), 平成 (H) and 令和 (R).</source>
        <translation>「%1」の元号は使用できません。使用できる元号は 昭和（S）、平成（H）、令和（R）です。</translation>
    </message>
    <message>
        <source>“%1” is not a year: era years start at 1 (元年).</source>
        <translation>「%1」は有効な年ではありません。元号の年は1（元年）から始まります。</translation>
    </message>
    <message>
        <source>“%1” is outside the years Seika accepts (%2).</source>
        <translation>「%1」はSeikaで扱える年の範囲（%2）外です。</translation>
    </message>
    <message>
        <source>“%1” names two different years (%2).</source>
        <translation>「%1」は2つの異なる年を示しています（%2）。</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>「%1」は数値ではありません。</translation>
    </message>
    <message>
        <source>“%1” is negative; this field takes zero or more.</source>
        <translation>「%1」は負の値です。この項目には0以上の値を入力してください。</translation>
    </message>
    <message>
        <source>“%1” has a decimal part, but this field counts whole units.</source>
        <translation>「%1」には小数部分があります。この項目には整数を入力してください。</translation>
    </message>
    <message>
        <source>The numerator %1 is greater than the denominator %2.</source>
        <translation>分子（%1）が分母（%2）より大きくなっています。</translation>
    </message>
    <message>
        <source>“%1” is more than 100%.</source>
        <translation>「%1」は100%を超えています。</translation>
    </message>
    <message>
        <source>The denominator is zero, so no rate can be derived.</source>
        <translation>分母が0のため、割合を算出できません。</translation>
    </message>
    <message>
        <source>The code “%1” is used twice; codes must be unique in a document.</source>
        <translation>コード「%1」が重複しています。コードは文書内で一意にしてください。</translation>
    </message>
    <message>
        <source>The code “%1” is not valid: use ASCII letters, digits, &apos;-&apos; and &apos;_&apos;, starting with a letter.</source>
        <translation>コード「%1」は無効です。半角英字で始まり、半角英数字と「-」「_」だけからなるコードを指定してください。</translation>
    </message>
    <message>
        <source>There is no indicator “%1” in this document.</source>
        <translation>この文書には成果指標「%1」がありません。</translation>
    </message>
    <message>
        <source>There is no area “%1” in this document.</source>
        <translation>この文書には地域「%1」がありません。</translation>
    </message>
    <message>
        <source>There is no measure “%1” in this document.</source>
        <translation>この文書には施策「%1」がありません。</translation>
    </message>
    <message>
        <source>“%1” is not a grade; grades are A, B, C and D.</source>
        <translation>「%1」は達成状況の区分ではありません。達成状況は A、B、C、D のいずれかです。</translation>
    </message>
    <message>
        <source>“%1” is not a direction; directions are I, II, III and IV.</source>
        <translation>「%1」は今後の方向性の区分ではありません。今後の方向性は I、II、III、IV のいずれかです。</translation>
    </message>
    <message>
        <source>The chosen grade %1 differs from the suggested grade %2, so it needs a reason.</source>
        <translation>決定した達成状況 %1 が提案された達成状況 %2 と異なるため、理由の記入が必要です。</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>ファイル「%1」は存在しません。</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read.</source>
        <translation>ファイル「%1」を読み込めません。</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written.</source>
        <translation>ファイル「%1」に書き込めません。</translation>
    </message>
    <message>
        <source>The file “%1” already exists; Seika does not overwrite it.</source>
        <translation>ファイル「%1」は既に存在します。Seikaは既存のファイルを上書きしません。</translation>
    </message>
    <message>
        <source>“%1” is not a Seika document. It was left unchanged.</source>
        <translation>「%1」はSeika文書ではありません。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>“%1” was written by a newer Seika (document version %2). Update Seika to open it; the file was left unchanged.</source>
        <translation>「%1」は新しいバージョンのSeikaで作成されています（文書バージョン %2）。開くにはSeikaを更新してください。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened. It was left unchanged.</source>
        <translation>「%1」は破損しているため開けません。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>The document could not be read or written.</source>
        <translation>文書の読み込みまたは書き込みができませんでした。</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded to this version of Seika; it was left as it was.</source>
        <translation>「%1」をこのバージョンのSeika用に更新できませんでした。ファイルは元のまま残されています。</translation>
    </message>
    <message>
        <source>The JSON text is not valid.</source>
        <translation>JSONの形式が正しくありません。</translation>
    </message>
    <message>
        <source>The required field is missing.</source>
        <translation>必須の項目がありません。</translation>
    </message>
    <message>
        <source>The field has the wrong type: %1 was expected.</source>
        <translation>項目の型が正しくありません。想定される型: %1</translation>
    </message>
    <message>
        <source>The value “%1” is not allowed here.</source>
        <translation>値「%1」はここでは使用できません。</translation>
    </message>
    <message>
        <source>The exchange file has format version %1, which this Seika cannot read.</source>
        <translation>この交換ファイルの形式バージョン（%1）は、このバージョンのSeikaでは読み込めません。</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>不明なエラーです。</translation>
    </message>
    <message>
        <source>field: %1</source>
        <translation>項目: %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1行目</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1列目</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>詳細: %1</translation>
    </message>
</context>
<context>
    <name>seika::core::Evaluator</name>
    <message>
        <source>no actual for %1</source>
        <translation>%1の実績なし</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>not achieved</source>
        <translation>未達成</translation>
    </message>
    <message>
        <source>%1 against the target %2: %3</source>
        <translation>実績%1（目標%2）：%3</translation>
    </message>
    <message>
        <source>%1 against %2 on the path to the next target: %3</source>
        <translation>実績%1（次の目標に向けた想定値%2）：%3</translation>
    </message>
    <message>
        <source>%1, no target for this year</source>
        <translation>実績%1（この年度の目標なし）</translation>
    </message>
    <message>
        <source>above the baseline %1 (%2)</source>
        <translation>現状値%1（%2）を上回る</translation>
    </message>
    <message>
        <source>level with the baseline %1 (%2)</source>
        <translation>現状値%1（%2）と同じ</translation>
    </message>
    <message>
        <source>below the baseline %1 (%2)</source>
        <translation>現状値%1（%2）を下回る</translation>
    </message>
    <message>
        <source>far below the baseline %1 (%2), %3%</source>
        <translation>現状値%1（%2）を大幅に下回る（%3%）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No grade: no indicator has an actual for %1.</source>
        <translation>達成状況なし: %1の実績がある成果指標がありません。</translation>
    </message>
    <message>
        <source>→ %1: every indicator with data achieved its target (%2 of %3).</source>
        <translation>→ %1: 実績のあるすべての成果指標が目標を達成しました（%3指標中%2指標）。</translation>
    </message>
    <message>
        <source>→ %1: at least half of the indicators with data are far below their baseline (%2 of %3).</source>
        <translation>→ %1: 実績のある成果指標の半数以上が現状値を大幅に下回っています（%3指標中%2指標）。</translation>
    </message>
    <message>
        <source>→ %1: at least half of the indicators with data are below their baseline (%2 of %3); %4 of %3 achieved the target.</source>
        <translation>→ %1: 実績のある成果指標の半数以上が現状値を下回っています（%3指標中%2指標）。目標を達成したのは%3指標中%4指標です。</translation>
    </message>
    <message>
        <source>→ %1: not every target was achieved (%2 of %3), but fewer than half of the indicators are below their baseline (%4 of %3).</source>
        <translation>→ %1: 目標を達成していない成果指標があります（達成は%3指標中%2指標）が、現状値を下回る成果指標は半数未満です（%3指標中%4指標）。</translation>
    </message>
</context>
<context>
    <name>seika::ui::GradePanel</name>
    <message>
        <source>Suggested grade</source>
        <translation>達成状況（提案）</translation>
    </message>
    <message>
        <source>Achievement grade</source>
        <translation>施策の達成状況</translation>
    </message>
    <message>
        <source>Future direction</source>
        <translation>今後の方向性</translation>
    </message>
    <message>
        <source>No grade</source>
        <translation>判定なし</translation>
    </message>
    <message>
        <source>No indicator has an actual for %1.</source>
        <translation>%1の実績がある成果指標がありません。</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>未決定</translation>
    </message>
    <message>
        <source>No evaluation recorded for %1.</source>
        <translation>%1の評価は登録されていません。</translation>
    </message>
    <message>
        <source>Unknown code %1</source>
        <translation>不明なコード %1</translation>
    </message>
    <message>
        <source>No reasons given.</source>
        <translation>理由は記入されていません。</translation>
    </message>
    <message>
        <source>Differs from the suggested grade %1.</source>
        <translation>提案された達成状況 %1 と異なります。</translation>
    </message>
</context>
<context>
    <name>seika::ui::HierarchyModel</name>
    <message>
        <source>Basic policy</source>
        <translation>基本政策</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Policy hierarchy</source>
        <translation>政策体系</translation>
    </message>
</context>
<context>
    <name>seika::ui::IndicatorTableModel</name>
    <message>
        <source>Indicator %1 (code %2)</source>
        <translation>成果指標%1（コード: %2）</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>算出方法: %1</translation>
    </message>
    <message>
        <source>This indicator has no baseline.</source>
        <translation>この成果指標には現状値がありません。</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>値なし</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>former: %1 (%2)</source>
        <translation>旧: %1（%2）</translation>
    </message>
    <message>
        <source>(the city&apos;s figure of that year)</source>
        <translation>（同年度の市全体の実績値）</translation>
    </message>
    <message>
        <source>Current baseline: %1, %2</source>
        <translation>現状値: %1（%2）</translation>
    </message>
    <message>
        <source>Former baseline: %1, %2</source>
        <translation>旧現状値: %1（%2）</translation>
    </message>
    <message>
        <source>Targets and the comparison use the current baseline.</source>
        <translation>目標値および現状値との比較には、最新の現状値を用います。</translation>
    </message>
    <message>
        <source>Target for %1: %2</source>
        <translation>%1の目標値: %2</translation>
    </message>
    <message>
        <source>No target for %1</source>
        <translation>%1の目標値なし</translation>
    </message>
    <message>
        <source>Actual for %1: %2</source>
        <translation>%1の実績: %2</translation>
    </message>
    <message>
        <source>No actual for %1</source>
        <translation>%1の実績なし</translation>
    </message>
    <message>
        <source>Target for this year: %1</source>
        <translation>この年度の目標値: %1</translation>
    </message>
    <message>
        <source>Expected on the path to the next target: %1</source>
        <translation>次の目標に向けた想定値: %1</translation>
    </message>
    <message>
        <source>No actual for %1, so nothing to judge.</source>
        <translation>%1の実績がないため、判定できません。</translation>
    </message>
    <message>
        <source>No target applies to %1.</source>
        <translation>%1に適用される目標値はありません。</translation>
    </message>
    <message>
        <source>Achieved: %1 against the target %2</source>
        <translation>達成: 実績%1（目標%2）</translation>
    </message>
    <message>
        <source>Not achieved: %1 against the target %2</source>
        <translation>未達成: 実績%1（目標%2）</translation>
    </message>
    <message>
        <source>No comparison: the indicator has no baseline value.</source>
        <translation>比較なし: この成果指標には現状値がありません。</translation>
    </message>
    <message>
        <source>No comparison: no actual for %1.</source>
        <translation>比較なし: %1の実績がありません。</translation>
    </message>
    <message>
        <source>Better than the baseline %1 (%2)</source>
        <translation>現状値%1（%2）より改善</translation>
    </message>
    <message>
        <source>Level with the baseline %1 (%2)</source>
        <translation>現状値%1（%2）と同じ</translation>
    </message>
    <message>
        <source>Worse than the baseline %1 (%2), %3</source>
        <translation>現状値%1（%2）より悪化（%3）</translation>
    </message>
    <message>
        <source>Far worse than the baseline %1 (%2), %3: a decline of more than %4%</source>
        <translation>現状値%1（%2）より大幅に悪化（%3、%4%を超える低下）</translation>
    </message>
    <message>
        <source>%1 %2 ÷ %3 %4</source>
        <translation>%1 %2 ÷ %3 %4</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1時点</translation>
    </message>
    <message>
        <source>Indicator number</source>
        <translation>成果指標の番号</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Outcome indicator</source>
        <translation>成果指標</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>The baseline (current value) the targets start from, with its fiscal year</source>
        <translation>目標値の起点となる現状値とその年度</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>現状値</translation>
    </message>
    <message>
        <source>Target for %1</source>
        <translation>%1の目標値</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>Actual for the selected fiscal year %1</source>
        <translation>選択中の年度（%1）の実績</translation>
    </message>
    <message>
        <source>Actual
%1</source>
        <translation>実績
%1</translation>
    </message>
    <message>
        <source>○ the target was achieved, ✕ it was not</source>
        <translation>○ 目標を達成、✕ 目標を未達成</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>Against the baseline: ↑ better, → level, ↓ worse, ⇊ far worse</source>
        <translation>現状値との比較: ↑ 改善、→ 同じ、↓ 悪化、⇊ 大幅に悪化</translation>
    </message>
    <message>
        <source>vs. baseline</source>
        <translation>対現状値</translation>
    </message>
    <message>
        <source>Actual for %1</source>
        <translation>%1の実績</translation>
    </message>
</context>
<context>
    <name>seika::ui::MainWindow</name>
    <message>
        <source>The fiscal year whose actuals and grades are shown</source>
        <translation>実績と達成状況を表示する年度</translation>
    </message>
    <message>
        <source>Fiscal Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Fiscal year:</source>
        <translation>年度:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新規作成(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an empty document</source>
        <translation>空の文書を作成します</translation>
    </message>
    <message>
        <source>New from &amp;Sample…</source>
        <translation>サンプルから新規作成(&amp;S)…</translation>
    </message>
    <message>
        <source>Create a document holding the Kawasaki City sample</source>
        <translation>川崎市のサンプルを収録した文書を作成します</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a Seika document</source>
        <translation>Seika文書を開きます</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Write a copy of this document and continue in the copy</source>
        <translation>この文書のコピーを保存し、以降はコピーで作業を続けます</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Seika</source>
        <translation>Seikaのバージョン情報(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qtについて(&amp;Q)</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>「%1」を開けませんでした。</translation>
    </message>
    <message>
        <source>No document is open. Use File ▸ New or File ▸ Open.</source>
        <translation>文書が開かれていません。「ファイル ▸ 新規作成」または「ファイル ▸ 開く」を選択してください。</translation>
    </message>
    <message>
        <source>This document has no policies or measures yet.</source>
        <translation>この文書には、まだ政策・施策が登録されていません。</translation>
    </message>
    <message>
        <source>Select a measure to see its indicators and grades.</source>
        <translation>施策を選択すると、成果指標と達成状況が表示されます。</translation>
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
        <translation>Seika文書 (*.seika)</translation>
    </message>
    <message>
        <source>New Document from Sample</source>
        <translation>サンプルから新規作成</translation>
    </message>
    <message>
        <source>New Document</source>
        <translation>新規作成</translation>
    </message>
    <message>
        <source>The bundled sample could not be read.</source>
        <translation>同梱のサンプルを読み込めませんでした。</translation>
    </message>
    <message>
        <source>Could not create “%1”.</source>
        <translation>「%1」を作成できませんでした。</translation>
    </message>
    <message>
        <source>Open Document</source>
        <translation>文書を開く</translation>
    </message>
    <message>
        <source>Seika documents (*.seika);;All files (*)</source>
        <translation>Seika文書 (*.seika);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>名前を付けてコピーを保存</translation>
    </message>
    <message>
        <source>Could not save a copy as “%1”.</source>
        <translation>コピーを「%1」として保存できませんでした。</translation>
    </message>
    <message>
        <source>“%1” no longer exists.</source>
        <translation>「%1」は既に存在しません。</translation>
    </message>
    <message>
        <source>It was removed from the recent files.</source>
        <translation>最近使ったファイルの一覧から削除しました。</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>最近使ったファイルはありません</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>一覧をクリア(&amp;C)</translation>
    </message>
    <message>
        <source>The language will change the next time Seika starts.</source>
        <translation>言語の変更は、次回Seikaを起動したときに反映されます。</translation>
    </message>
    <message>
        <source>About Seika</source>
        <translation>Seikaのバージョン情報</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Seika %1&lt;/h3&gt;&lt;p&gt;Policy evaluation (施策評価) for Japanese municipalities: outcome indicators, targets, actuals and the yearly grades of each measure.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Seika %1&lt;/h3&gt;&lt;p&gt;自治体のための施策評価アプリケーションです。施策ごとに成果指標・目標値・実績と、年度ごとの達成状況を管理します。&lt;/p&gt;&lt;p&gt;Qt %2 を使用して構築されています。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>seika::ui::MeasureView</name>
    <message>
        <source>Direct goal</source>
        <translation>直接目標</translation>
    </message>
    <message>
        <source>Main programmes</source>
        <translation>主な事務事業</translation>
    </message>
    <message>
        <source>Actuals by year</source>
        <translation>年度別の実績</translation>
    </message>
    <message>
        <source>Outcome indicators</source>
        <translation>成果指標</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>None listed</source>
        <translation>記載なし</translation>
    </message>
</context>
</TS>
