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
    <message>
        <source>The Seika document to open: a .seika file, or a document on a PostgreSQL server as postgresql://USER@HOST:PORT/DATABASE (the password from ~/.pgpass, or asked). Without it, the default document opens, created from the Kawasaki City sample the first time.</source>
        <translation>開く Seika の文書: .seika ファイル、または PostgreSQL サーバー上の文書（postgresql://ユーザー@ホスト:ポート/データベース。パスワードは ~/.pgpass から、なければ尋ねます）。省略すると既定の文書が開きます（初回は川崎市のサンプルから作成）。</translation>
    </message>
</context>
<context>
    <name>seika::cli::ChartCommand</name>
    <message>
        <source>Usage: seika-cli [--db FILE] chart membership|indicator CODE [--area AREA] --format png|svg|pdf --out FILE [--width PX --height PX --dpi N] [--grayscale] [--total-households]
Draws the chart of the indicator CODE into FILE. membership: the households as bars and the rate as a line (CODE may be left out: the first ratio indicator with counts); indicator: the chart that suits the indicator (the trend of its actuals against the targets).
--area: a ward&apos;s name, or * for every ward as a line (default: the city). --format defaults to the suffix of FILE. Size: 160 mm × 100 mm at 300 dpi unless given; --width/--height alone keep the printed width and set the pixels. --grayscale: patterns and line styles for monochrome printing; --total-households: the denominator as bars as well.</source>
        <translation>使い方: seika-cli [--db FILE] chart membership|indicator CODE [--area AREA] --format png|svg|pdf --out FILE [--width PX --height PX --dpi N] [--grayscale] [--total-households]
成果指標 CODE のグラフを FILE に描画します。membership: 世帯数を棒グラフ、率を折れ線グラフで描きます（CODE は省略可。省略すると、件数のある最初の率の成果指標を使用します）。indicator: 成果指標に適したグラフ（目標値に対する実績の推移）を描きます。
--area: 区の名前、またはすべての区をそれぞれ折れ線で描く場合は *（既定: 市全体）。--format の既定値は FILE の拡張子です。サイズ: 指定がなければ 160 mm × 100 mm、300 dpi。--width/--height だけを指定すると、印刷時の幅を保ったままピクセル数を設定します。--grayscale: モノクロ印刷用に模様と線種で描き分けます。--total-households: 分母も棒グラフで描きます。</translation>
    </message>
    <message>
        <source>Run seika-cli chart --help for usage.</source>
        <translation>使い方は seika-cli chart --help で確認できます。</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>オプション --%1 には値が必要です。</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>不明なオプション: %1</translation>
    </message>
    <message>
        <source>chart needs membership or indicator.</source>
        <translation>chart には membership または indicator を指定してください。</translation>
    </message>
    <message>
        <source>Unknown chart “%1”: use membership or indicator.</source>
        <translation>「%1」は不明なグラフです。membership または indicator を指定してください。</translation>
    </message>
    <message>
        <source>chart takes one indicator CODE; use --db FILE before the command.</source>
        <translation>chart に指定できる成果指標の CODE は1つだけです。文書はコマンドの前に --db FILE で指定してください。</translation>
    </message>
    <message>
        <source>chart indicator needs the CODE of an indicator.</source>
        <translation>chart indicator には成果指標の CODE の指定が必要です。</translation>
    </message>
    <message>
        <source>chart needs --out FILE.</source>
        <translation>chart には --out FILE の指定が必要です。</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use png, svg or pdf.</source>
        <translation>「%1」は不明な形式です。png、svg または pdf を指定してください。</translation>
    </message>
    <message>
        <source>chart needs --format png|svg|pdf (the suffix of “%1” names none).</source>
        <translation>chart には --format png|svg|pdf の指定が必要です（「%1」の拡張子からは形式を判断できません）。</translation>
    </message>
    <message>
        <source>--width takes a number of pixels from 1 to %1.</source>
        <translation>--width には 1～%1 のピクセル数を指定してください。</translation>
    </message>
    <message>
        <source>--height takes a number of pixels from 1 to %1.</source>
        <translation>--height には 1～%1 のピクセル数を指定してください。</translation>
    </message>
    <message>
        <source>--dpi takes a resolution from %1 to %2.</source>
        <translation>--dpi には %1～%2 の解像度を指定してください。</translation>
    </message>
    <message>
        <source>The document has no ratio indicator with counts to draw as bars.</source>
        <translation>この文書には、棒グラフで描ける件数を持つ率の成果指標がありません。</translation>
    </message>
    <message>
        <source>The indicator “%1” has no counts to draw as bars; use: chart indicator %1</source>
        <translation>成果指標「%1」には棒グラフで描ける件数がありません。chart indicator %1 を使用してください。</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>書き出しました: %1</translation>
    </message>
</context>
<context>
    <name>seika::cli::Cli</name>
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
    <message>
        <source>Survey change: %1</source>
        <translation>調査の変化: %1</translation>
    </message>
    <message>
        <source>Since the baseline: %1</source>
        <translation>現状値からの変化: %1</translation>
    </message>
    <message>
        <source>%1 (sum of the wards)</source>
        <translation>%1（各区の合計）</translation>
    </message>
    <message>
        <source>Usage: seika-cli upgrade FILE (or seika-cli --db FILE upgrade)
Brings a document written by an older Seika to this version&apos;s format, in one step that changes nothing else. Older versions of Seika will not open it afterwards. Reading commands work on an older document as it is; writing commands refuse it until it is upgraded.</source>
        <translation>使い方: seika-cli upgrade FILE（または seika-cli --db FILE upgrade）
以前の版の Seika が書いた文書を、この版の形式に更新します（ほかは何も変えません）。更新後は以前の版の Seika では開けなくなります。読み取りのコマンドは以前の形式の文書のまま使えます。書き込むコマンドは、更新するまで受け付けません。</translation>
    </message>
    <message>
        <source>upgrade takes one FILE, or --db FILE before the command.</source>
        <translation>upgrade には FILE を 1 つ指定するか、コマンドの前に --db FILE を指定してください。</translation>
    </message>
    <message>
        <source>“%1” is already in this version&apos;s format (document version %2); nothing was changed.</source>
        <translation>「%1」はすでにこの版の形式です（文書バージョン %2）。何も変更していません。</translation>
    </message>
    <message>
        <source>Upgraded “%1” from document version %2 to %3.</source>
        <translation>「%1」を文書バージョン %2 から %3 に更新しました。</translation>
    </message>
    <message>
        <source>Run “seika-cli upgrade %1” to upgrade it, then the command again.</source>
        <translation>「seika-cli upgrade %1」で更新してから、もう一度コマンドを実行してください。</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds (0 to 86400), not “%1”.</source>
        <translation>--wait には秒数（0～86400）を指定してください。「%1」は秒数ではありません。</translation>
    </message>
    <message>
        <source>To put a new Seika document into an empty database, run “seika-cli server init %1”, or copy a file there with “seika-cli copy”.</source>
        <translation>空のデータベースに新しい Seika の文書を作成するには「seika-cli server init %1」を実行するか、「seika-cli copy」でファイルを複製してください。</translation>
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
        <translation>使い方: seika-cli [--db FILE] [--lang ja|en] [--wait SECONDS] COMMAND [OPTIONS]

コマンド:
  init FILE [--sample kawasaki|--empty]   文書を作成する
  summary [--year FY] [--format text|json] 文書の内容と達成状況を出力する
  evaluate --year FY [--measure ID] [--format text|json]
                                          成果指標を判定し、達成状況を提案する
  export-json --out FILE                  JSON交換ファイルを書き出す
  import-json FILE --out NEWFILE          JSONファイルから文書を作成する
  upgrade FILE                            以前の版の Seika の文書をこの形式に更新する
  report --year FY --out FILE.pdf [--measure ID | --all | --overview] [--paper A4|A3]
                                          施策の議会報告用シート、計画全体の報告書（--all）、
                                          または施策評価結果一覧（--overview）をPDFで書き出す
  overview --year FY [--format text|csv] [--out FILE]
                                          年度の全施策の達成状況と区分ごとの件数を出力する
  chart membership|indicator CODE --out FILE [--format png|svg|pdf] [--area AREA]
                                          成果指標のグラフをファイルに描画する
  set-value --indicator CODE --year FY [--area AREA] (--value V | --numerator N --denominator D)
            [--note TEXT]                 年度の値を入力する（エディタと同じ検査を行う）
  lock --year FY | unlock --year FY       年度を確定する、または確定を解除する
  audit [--year FY] [--indicator CODE] [--area AREA] [--format text|csv]
                                          変更履歴を出力する
  export-csv --table TABLE [--encoding utf8-bom|utf8|cp932] [--replace CHAR] --out FILE
                                          表をCSVで書き出す（Excel向け）
  import-csv --table observations|targets FILE [--encoding auto|utf8|cp932] [--dry-run]
            [--valid-rows-only]           CSVファイルの値または目標値を検査して取り込む
  plan list | plan add-measure … | plan rename REF … | plan move REF … | plan remove REF …
                                          施策体系を表示・作成する: 基本政策、政策、
                                          施策、事務事業、成果指標（seika-cli plan --help）
  import-plan FILE [--encoding auto|utf8|cp932] [--dry-run]
                                          CSVファイルから施策体系を読み込む
  survey list | survey show ID [--moe]    調査の一覧と内訳を出力
  import-responses --survey ID --question CODE FILE [--weight NAME] [--dry-run]
                                          回答者ごとのCSVから設問の集計表を作成する
  server init URL [--sample kawasaki]     空の PostgreSQL データベースに Seika の表を作成する
  copy --from SOURCE --to DESTINATION     文書全体をファイルとサーバーの間で複製する
  admin add-user NAME --role ROLE [--ward WARD …] | admin list-users | admin remove-user NAME
                                          サーバー上の文書の利用者とその役割

--db にはファイル、または postgresql://USER@HOST:PORT/DATABASE 形式の URL を指定できます（docs/server.md）。
--db を省略すると、ユーザーの既定の文書を使用します（存在しない場合はサンプルから作成します）。
--wait を指定すると、書き込むコマンドは別の Seika が文書に書き込んでいる間、最長 SECONDS 秒待ちます。
各コマンドのオプションは seika-cli COMMAND --help で確認できます。
終了コード: 0 成功、1 使い方の誤り、2 データまたはファイルの不備。</translation>
    </message>
    <message>
        <source>Upgraded Seika&apos;s part on the server of “%1” (roles, audit and change notices) to this version&apos;s; the document was already in this version&apos;s format (document version %2).</source>
        <translation>「%1」のサーバー上の Seika の部分（ロール、監査、変更通知）をこのバージョンのものに更新しました。文書はすでにこのバージョンの形式（文書バージョン %2）でした。</translation>
    </message>
</context>
<context>
    <name>seika::cli::CliArgs</name>
    <message>
        <source>Unknown option: %1</source>
        <translation>不明なオプション: %1</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>オプション --%1 には値が必要です。</translation>
    </message>
    <message>
        <source>The option --%1 is given twice.</source>
        <translation>オプション --%1 が2回指定されています。</translation>
    </message>
    <message>
        <source>Unknown option: %1. Put “--” before a name that starts with “-”.</source>
        <translation>不明なオプションです：%1。「-」で始まる名前は前に「--」を置いて指定してください。</translation>
    </message>
</context>
<context>
    <name>seika::cli::CsvCommands</name>
    <message>
        <source>tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>セミコロン</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>カンマ</translation>
    </message>
    <message>
        <source>export-csv takes no FILE; use --out FILE.</source>
        <translation>export-csv はFILEを取りません。--out FILE を使ってください。</translation>
    </message>
    <message>
        <source>export-csv needs --table TABLE and --out FILE.</source>
        <translation>export-csv には --table TABLE と --out FILE が必要です。</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”: use utf8-bom, utf8 or cp932.</source>
        <translation>不明な文字コード「%1」です。utf8-bom、utf8、cp932 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--replace needs a character, such as ? or 〓.</source>
        <translation>--replace には ? や 〓 などの文字を指定してください。</translation>
    </message>
    <message>
        <source>row %1, column %2 (%3): %4</source>
        <translation>%1行目、%2列目（%3）: %4</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>…ほか%1件。</translation>
    </message>
    <message>
        <source>Nothing was written. Use --replace CHAR (such as ? or 〓) to write a replacement, or --encoding utf8-bom.</source>
        <translation>何も書き出していません。--replace CHAR（? や 〓 など）で置き換える文字を指定するか、--encoding utf8-bom を使ってください。</translation>
    </message>
    <message>
        <source>import-csv takes exactly one FILE.</source>
        <translation>import-csv にはFILEをちょうど1つ指定してください。</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”: use auto, utf8 or cp932.</source>
        <translation>不明な文字コード「%1」です。auto、utf8、cp932 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>何も取り込んでいません。</translation>
    </message>
    <message>
        <source>%1: %2 rows (%3, %4-separated): %5 valid, %6 with errors, %7 warnings.</source>
        <translation>%1: %2行（%3、%4区切り）: 有効%5行、エラーのある行%6行、警告%7件。</translation>
    </message>
    <message>
        <source>line %1, column %2, value “%3”</source>
        <translation>%1行目、列 %2、値「%3」</translation>
    </message>
    <message>
        <source>(row)</source>
        <translation>（行全体）</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: エラー: %2</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: 警告: %2</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>試行（ドライラン）のため、何も変更していません。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 findings are errors. Correct them, or give --valid-rows-only to import only the valid rows.</source>
        <translation>何も取り込んでいません: エラーが%1件あります。修正するか、--valid-rows-only を指定して有効な行だけを取り込んでください。</translation>
    </message>
    <message>
        <source>Nothing to change: the document already holds these figures.</source>
        <translation>変更はありません: 文書にはすでにこれらの値があります。</translation>
    </message>
    <message>
        <source>Skipped the rows with errors (%1 findings).</source>
        <translation>エラーのある行は取り込んでいません（%1件）。</translation>
    </message>
    <message>
        <source>Run seika-cli %1 --help for usage.</source>
        <translation>使い方は seika-cli %1 --help で確認できます。</translation>
    </message>
    <message>
        <source>import-csv needs --table observations or --table targets.</source>
        <translation>import-csv には --table observations または --table targets が必要です。</translation>
    </message>
    <message>
        <source>import-csv reads the tables observations and targets, not “%1”.</source>
        <translation>import-csv が読み込めるのは表 observations と targets です（「%1」は読み込めません）。</translation>
    </message>
    <message>
        <source>Unknown table “%1”: use indicators, targets, observations, evaluations, audit, surveys or plan.</source>
        <translation>不明な表「%1」です。indicators、targets、observations、evaluations、audit、surveys、plan のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>%1 rows hold a city figure that is the sum of the wards (figure_source sum_of_wards): not imported, the wards&apos; rows carry it.</source>
        <translation>%1行は各区の合計である市全体の値（figure_source が sum_of_wards）のため、取り込みません（各区の行が元の値です）。</translation>
    </message>
    <message>
        <source>Usage: seika-cli [--db FILE] import-csv --table observations|targets FILE [--encoding auto|utf8|cp932]
                 [--dry-run] [--valid-rows-only]
Reads observations (columns indicator, fiscal_year, area, numerator, denominator, value, note, or 指標, 年度, 地域, 分子, 分母, 値, 備考, in any order) and checks every row as the editors do. The report lists each finding on one line: file line, column, value and reason. Errors (a value that is not a number, an unknown indicator or area, a locked year, a numerator over the denominator, a row given twice) stop the import: nothing is changed and the exit code is 2, unless --valid-rows-only imports the rows without errors. Warnings (an overwritten figure, an outlier) do not. A row whose figure_source is sum_of_wards (a city figure the export worked out from the wards) is skipped. --dry-run only reports. The encoding is detected (a byte order mark or valid UTF-8, else cp932) unless given; the delimiter (comma, tab or semicolon) is detected from the header. The rows are applied as one change, recorded in the audit trail as one import with the file&apos;s name and SHA-256 (a figure it changes gets an entry old → new; one it adds names the import as its change).
--table targets reads milestone targets (columns indicator, fiscal_year, target, comparator, or 指標, 年度, 目標値, 比較; a target such as 21%以上 carries its comparator).</source>
        <translation>使い方: seika-cli [--db FILE] import-csv --table observations|targets FILE [--encoding auto|utf8|cp932]
                 [--dry-run] [--valid-rows-only]
実績値（列 indicator、fiscal_year、area、numerator、denominator、value、note、または 指標、年度、地域、分子、分母、値、備考。順序は任意）を読み込み、エディタと同じ検査をすべての行に行います。結果は1件につき1行で、ファイルの行番号、列、値、理由を示します。エラー（数値でない値、不明な成果指標や地域、確定済みの年度、分母を超える分子、重複した行）があると何も変更せず、終了コード2で終わります。--valid-rows-only を指定した場合はエラーのない行だけを取り込みます。警告（既存の値の上書き、外れ値）では取り込みを止めません。figure_source が sum_of_wards の行（書き出しが各区から求めた市全体の値）は取り込みません。--dry-run は結果を表示するだけです。文字コードは指定がなければ判定します（BOMまたは正しいUTF-8ならUTF-8、それ以外はcp932）。区切り文字（カンマ、タブ、セミコロン）は見出し行から判定します。取り込みは1回の変更として適用し、変更履歴にはファイル名と SHA-256 付きの1件の取り込みとして記録します（変更した値には変更前と変更後の明細を記録し、追加した値には取り込みを書き込み元として記録します）。
--table targets では目標値（列 indicator、fiscal_year、target、comparator、または 指標、年度、目標値、比較。21%以上 のように比較を値に含めることもできます）を読み込みます。</translation>
    </message>
    <message>
        <source>Unknown header language “%1”: use ja or en.</source>
        <translation>見出しの言語「%1」は使えません。ja または en を指定してください。</translation>
    </message>
    <message>
        <source>Unknown layout “%1”: use long or wide.</source>
        <translation>レイアウト「%1」は使えません。long または wide を指定してください。</translation>
    </message>
    <message>
        <source>The wide layout is for --table observations; other tables are written long.</source>
        <translation>横持ち（wide）は --table observations だけで使えます。ほかの表は縦持ちで書き出します。</translation>
    </message>
    <message>
        <source>Wrote %1 rows of %2 to %3 (%4, wide layout, %5 headers).</source>
        <translation>%2を%1行、%3に書き出しました（%4、横持ち、見出し %5）。</translation>
    </message>
    <message>
        <source>Wrote %1 rows of %2 to %3 (%4, %5 headers).</source>
        <translation>%2を%1行、%3に書き出しました（%4、見出し %5）。</translation>
    </message>
    <message>
        <source>Usage: seika-cli [--db FILE] [--lang ja|en] export-csv --table indicators|targets|observations|evaluations|audit|surveys|plan
                 [--headers ja|en] [--layout long|wide] [--encoding utf8-bom|utf8|cp932] [--replace CHAR]
                 --out FILE
Writes a table as RFC 4180 CSV (header row, CRLF line ends, long format: one observation per row), described in docs/csv-format.md. The header row is in Japanese (指標コード, 年度, 地域 …) or English (indicator, fiscal_year, area …): --headers, else the language of the messages (--lang, else the UI language); import-csv reads both. Observations are sorted by indicator (in the plan&apos;s order), fiscal year and area (the city first, then the wards). --layout wide writes the observations with one row per indicator, area and field (numerator, denominator, rate) and one column per fiscal year, for reading and Excel charts; import-csv refuses it. The default encoding, UTF-8 with a byte order mark, opens correctly in Japanese Excel. In cp932 (Shift_JIS) characters it cannot hold (𠮷, emoji) are listed with row and column and nothing is written, unless --replace gives a character to write instead. The file is written whole or not at all. --table plan writes the plan (施策体系) as import-plan reads it.</source>
        <translation>使い方: seika-cli [--db FILE] [--lang ja|en] export-csv --table indicators|targets|observations|evaluations|audit|surveys|plan
                 [--headers ja|en] [--layout long|wide] [--encoding utf8-bom|utf8|cp932] [--replace CHAR]
                 --out FILE
表をRFC 4180形式のCSV（見出し行、CRLF改行、縦持ち: 1行に1つの値）で書き出します。各列は docs/csv-format.md に記載しています。見出し行は日本語（指標コード、年度、地域 …）または英語（indicator, fiscal_year, area …）です。--headers で指定し、指定がなければメッセージの言語（--lang、なければUIの言語）に従います。import-csv はどちらも読み込みます。実績値の行は指標（施策体系の順）、年度、地域（市全体、続いて各区）の順に並べます。--layout wide は実績値を指標・地域・項目（分子、分母、実績）ごとに1行、年度ごとに1列の横持ちで書き出します（閲覧やExcelのグラフ用。import-csv では読み込めません）。既定の文字コード（BOM付きUTF-8）は日本語版Excelでそのまま開けます。cp932（Shift_JIS）で表せない文字（𠮷、絵文字など）は行と列を示して一覧にし、何も書き出しません。--replace で代わりに書く文字を指定した場合はその文字に置き換えます。ファイルは全体が書き出されるか、まったく書き出されないかのどちらかです。--table plan は施策体系を import-plan が読み込む形式で書き出します。</translation>
    </message>
    <message numerus="yes">
        <source>Updated the targets of %n indicator(s) in one change (recorded in the audit trail).</source>
        <translation>
            <numerusform>%n件の成果指標の目標値を1回の変更として更新しました（変更履歴に記録しました）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n figure(s) in one change (recorded in the audit trail).</source>
        <translation>
            <numerusform>%n件の値を1回の変更として取り込みました（変更履歴に記録しました）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seika::cli::EntryCommands</name>
    <message>
        <source>%1 takes no FILE; use --db FILE before the command.</source>
        <translation>%1 には FILE を指定できません。文書はコマンドの前に --db FILE で指定してください。</translation>
    </message>
    <message>
        <source>set-value needs --indicator CODE and --year FY.</source>
        <translation>set-value には --indicator CODE と --year FY の指定が必要です。</translation>
    </message>
    <message>
        <source>set-value needs either --value V or --numerator N with --denominator D.</source>
        <translation>set-value には --value V、または --numerator N と --denominator D の組み合わせを指定してください。</translation>
    </message>
    <message>
        <source>--numerator and --denominator go together.</source>
        <translation>--numerator と --denominator は両方とも指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not a ratio, so it has no numerator and denominator; give --value.</source>
        <translation>「%1」は率の成果指標ではないため、分子・分母はありません。--value で指定してください。</translation>
    </message>
    <message>
        <source>Set %1, %2, %3: %4</source>
        <translation>%1、%2、%3 に入力しました: %4</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>%1 needs --year FY.</source>
        <translation>%1 には --year FY の指定が必要です。</translation>
    </message>
    <message>
        <source>Locked %1 (確定): its figures and evaluations cannot be changed until it is unlocked.</source>
        <translation>%1を確定しました。確定を解除するまで、この年度の値と評価は変更できません。</translation>
    </message>
    <message>
        <source>Unlocked %1: its figures can be changed again.</source>
        <translation>%1の確定を解除しました。値を再び変更できます。</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use text or csv.</source>
        <translation>「%1」は不明な形式です。text または csv を指定してください。</translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation>記録された変更はありません。</translation>
    </message>
    <message>
        <source>measure %1</source>
        <translation>施策%1</translation>
    </message>
    <message>
        <source>Usage: seika-cli [--db FILE] set-value --indicator CODE --year FY [--area AREA]
                 (--value V | --numerator N --denominator D) [--note TEXT]
Enters the figure of an indicator for a fiscal year and an area (a ward&apos;s name; 市全体 or no --area for the city as a whole). Numbers are read as typed in the editors: 442,037, ４４２，０３７, 442037世帯, 14.7%. A ratio takes its counts (--numerator, --denominator) or, when only the rate is known, --value. The same rules as in the editors apply; a refused figure changes nothing (exit code 2). Warnings (a change beyond the outlier band, a gap in the series) are printed but do not refuse the figure. The change is recorded in the audit trail.</source>
        <translation>使い方: seika-cli [--db FILE] set-value --indicator CODE --year FY [--area AREA]
                 (--value V | --numerator N --denominator D) [--note TEXT]
成果指標の年度・地域ごとの値を入力します（地域は区の名前。市全体の値は 市全体 と指定するか、--area を省略します）。数値はエディタでの入力と同じように解釈されます: 442,037、４４２，０３７、442037世帯、14.7%。率の成果指標には件数（--numerator、--denominator）を指定します。率しか分からない場合は --value で指定します。エディタと同じ規則が適用され、受け付けられない値の場合は何も変更しません（終了コード 2）。警告（外れ値の範囲を超える変化、欠測）は出力されますが、値は受け付けられます。変更は変更履歴に記録されます。</translation>
    </message>
    <message>
        <source>Usage: seika-cli [--db FILE] unlock --year FY
Unlocks a locked fiscal year, so that its figures can be changed again. Recorded in the audit trail.</source>
        <translation>使い方: seika-cli [--db FILE] unlock --year FY
確定済みの年度の確定を解除し、値を再び変更できるようにします。変更履歴に記録されます。</translation>
    </message>
    <message>
        <source>Run seika-cli %1 --help for usage.</source>
        <translation>使い方は seika-cli %1 --help で確認できます。</translation>
    </message>
    <message>
        <source>(of change #%1)</source>
        <translation>（変更 #%1 に対して）</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed</source>
        <translation>追加 %1、変更 %2、削除 %3</translation>
    </message>
    <message>
        <source>Figure now: %1, last written by change #%2: %3</source>
        <translation>現在の値: %1、最後に書き込んだ変更 #%2: %3</translation>
    </message>
    <message>
        <source>Figure now: %1, written before Seika recorded who wrote each figure.</source>
        <translation>現在の値: %1（値ごとの書き込み元を記録する前に入力されたものです）</translation>
    </message>
    <message>
        <source>… and %1 more entries (--format csv lists them all).</source>
        <translation>… ほか %1 件（--format csv ですべて出力します）</translation>
    </message>
    <message>
        <source>Usage: seika-cli [--db FILE] audit [--year FY] [--indicator CODE] [--area AREA] [--format text|csv]
Prints the recorded changes, oldest first: each change on one line (time, user, what was done — an edit, an import with its file&apos;s name, encoding, rows and SHA-256, an undo — and how many figures it added, changed and removed), with its entries below it (what: indicator, year, area; field, old and new value). An import records no entry for a figure it added: the figure names the import as its change. The options filter the entries; with --indicator and --year the figure there now is printed first, with the change that last wrote it. --format csv lists every entry with its change (the audit table of export-csv: RFC 4180, a header row, CRLF line ends and UTF-8 with a byte order mark, for Excel). Reads the document without locking it.</source>
        <translation>使い方: seika-cli [--db FILE] audit [--year FY] [--indicator CODE] [--area AREA] [--format text|csv]
記録された変更を古い順に出力します。変更ごとに1行（日時、ユーザー、行った操作 — 編集、ファイル名・文字コード・行数・SHA-256 付きの取り込み、元に戻す など — と、追加・変更・削除した値の数）を示し、その下に明細（対象: 成果指標、年度、地域。項目、変更前と変更後の値）を出力します。取り込みで追加された値には明細を記録しません。値が自身を書き込んだ取り込みを記録しています。オプションで明細を絞り込みます。--indicator と --year を指定すると、最初にその値と、それを最後に書き込んだ変更を出力します。--format csv はすべての明細を変更とともに出力します（export-csv の audit 表と同じ形式: RFC 4180、見出し行あり、改行は CRLF、BOM付きの UTF-8 で Excel で開けます）。文書は排他ロックせずに読み込みます。</translation>
    </message>
    <message>
        <source>warning: %1 was locked without an evaluation of %2.</source>
        <translation>警告: %1を、%2の評価がないまま確定しました。</translation>
    </message>
    <message>
        <source>warning: %1 was locked without a figure of %2 (%3) for %4.</source>
        <translation>警告: %1を、%2（%3）の%4の実績値がないまま確定しました。</translation>
    </message>
    <message>
        <source>Usage: seika-cli [--db FILE] lock --year FY
Locks (確定) a fiscal year: its figures and evaluations are refused until it is unlocked. Recorded with your user name and the time. What the year lacks (a measure&apos;s evaluation, an indicator&apos;s figure for the city or a ward) is said on standard error; the year is locked all the same.</source>
        <translation>使い方: seika-cli [--db FILE] lock --year FY
年度を確定します。確定を解除するまで、その年度の値と評価の変更は受け付けられません。ユーザー名と日時が記録されます。その年度に足りないもの（施策の評価、指標の市全体または区の実績値）は標準エラーに表示しますが、年度は確定されます。</translation>
    </message>
    <message>
        <source>Figure now: %1, not entered: the sum of the wards (each ward&apos;s figure: --area WARD).</source>
        <translation>現在の値: %1。入力された値ではなく各区の合計です（各区の値は --area 区名 で表示）。</translation>
    </message>
</context>
<context>
    <name>seika::cli::OverviewCommand</name>
    <message>
        <source>not evaluated %1</source>
        <translation>未評価 %1</translation>
    </message>
    <message numerus="yes">
        <source>Plan overview, %1: %n measure(s)</source>
        <translation>
            <numerusform>施策評価結果一覧 %1: %n施策</numerusform>
        </translation>
    </message>
    <message>
        <source>Grades: %1</source>
        <translation>達成状況: %1</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>提案: %1</translation>
    </message>
    <message>
        <source>(policies without a basic policy)</source>
        <translation>（基本政策のない政策）</translation>
    </message>
    <message>
        <source>(measures without a policy)</source>
        <translation>（政策のない施策）</translation>
    </message>
    <message>
        <source>indicators %1 | suggested %2 | grade %3 | direction %4</source>
        <translation>成果指標 %1 | 提案 %2 | 達成状況 %3 | 方向性 %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Usage: seika-cli [--db FILE] overview --year FY [--format text|csv] [--encoding utf8-bom|utf8|cp932] [--out FILE]
Prints the plan overview of the fiscal year FY: every measure under its basic policy and policy with each indicator&apos;s achievement (○ achieved, ✕ not achieved, － not judged), the suggested and the chosen grade and the direction, and the counts of grades per basic policy, per policy and for the whole plan. --format csv writes one row per measure (docs/csv-format.md, table overview; UTF-8 with a byte order mark unless --encoding says otherwise) to --out FILE, or to standard output.</source>
        <translation>使い方: seika-cli [--db FILE] overview --year FY [--format text|csv] [--encoding utf8-bom|utf8|cp932] [--out FILE]
年度 FY の施策評価結果一覧を出力します。基本政策・政策ごとに全施策を並べ、成果指標ごとの達成（○ 達成、✕ 未達成、－ 判定なし）、提案された達成状況、評価した達成状況と今後の方向性、基本政策・政策・計画全体の区分ごとの件数を示します。--format csv は施策ごとに1行のCSV（docs/csv-format.md の overview 表。--encoding の指定がなければBOM付きUTF-8）を --out FILE または標準出力に書き出します。</translation>
    </message>
    <message>
        <source>Run seika-cli overview --help for usage.</source>
        <translation>使い方は seika-cli overview --help で確認できます。</translation>
    </message>
    <message>
        <source>overview takes no FILE; use --db FILE before the command.</source>
        <translation>overview はファイルを引数に取りません。コマンドの前に --db FILE を指定してください。</translation>
    </message>
    <message>
        <source>overview needs --year FY.</source>
        <translation>overview には --year FY が必要です。</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use text or csv.</source>
        <translation>形式「%1」は使用できません。text または csv を指定してください。</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”: use utf8-bom, utf8 or cp932.</source>
        <translation>文字コード「%1」は使用できません。utf8-bom、utf8 または cp932 を指定してください。</translation>
    </message>
    <message>
        <source>--out goes with --format csv.</source>
        <translation>--out は --format csv と一緒に指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n measure(s))</source>
        <translation>
            <numerusform>書き出しました: %1（%n施策）</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write to standard output.</source>
        <translation>標準出力に書き出せませんでした。</translation>
    </message>
</context>
<context>
    <name>seika::cli::PlanCommands</name>
    <message>
        <source>%1 names a %2 here, not a %3.</source>
        <translation>%1 はここでは%2を指します。%3ではありません。</translation>
    </message>
    <message>
        <source>There is no %1 “%2” in this document (%3).</source>
        <translation>この文書に%1「%2」はありません（%3）。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>または</translation>
    </message>
    <message>
        <source>An id is written with #: #%1.</source>
        <translation>IDは # を付けて書きます: #%1</translation>
    </message>
    <message>
        <source>seika-cli plan list shows every record with its code and #id.</source>
        <translation>seika-cli plan list で、すべての項目の番号と #ID を確認できます。</translation>
    </message>
    <message>
        <source>“%1” names several records; name one of them so:</source>
        <translation>「%1」は複数の項目を指します。次のように一つを指定してください:</translation>
    </message>
    <message>
        <source>plan list takes no argument; use --db FILE before the command.</source>
        <translation>plan list は引数を取りません。文書はコマンドの前に --db FILE で指定してください。</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use text, json or csv.</source>
        <translation>不明な形式「%1」です。text、json、csv のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>The plan is empty: add a basic policy with seika-cli plan add-basic-policy, or import a plan file with seika-cli import-plan.</source>
        <translation>施策体系は空です。seika-cli plan add-basic-policy で基本政策を追加するか、seika-cli import-plan で施策体系のファイルを取り込んでください。</translation>
    </message>
    <message>
        <source>Basic policies %1, policies %2, measures %3, indicators %4.</source>
        <translation>基本政策 %1、政策 %2、施策 %3、成果指標 %4。</translation>
    </message>
    <message>
        <source>plan %1 takes no positional argument: give the title with --title.</source>
        <translation>plan %1 は位置引数を取りません。名称は --title で指定してください。</translation>
    </message>
    <message>
        <source>plan %1 needs --title TITLE.</source>
        <translation>plan %1 には --title TITLE が必要です。</translation>
    </message>
    <message>
        <source>plan %1 needs --%2 REF.</source>
        <translation>plan %1 には --%2 REF が必要です。</translation>
    </message>
    <message>
        <source>--position takes 1 for the first place, 2 for the second …</source>
        <translation>--position には、先頭なら 1、2番目なら 2 … を指定してください。</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>%2に%1を追加しました。</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1を追加しました。</translation>
    </message>
    <message>
        <source>plan rename takes exactly one REF.</source>
        <translation>plan rename には REF を一つだけ指定してください。</translation>
    </message>
    <message>
        <source>plan rename needs --title TITLE, --code CODE or --direct-goal TEXT.</source>
        <translation>plan rename には --title TITLE、--code CODE、--direct-goal TEXT のいずれかが必要です。</translation>
    </message>
    <message>
        <source>Only a measure has a direct goal (直接目標); %1 is not one.</source>
        <translation>直接目標があるのは施策だけです。%1は施策ではありません。</translation>
    </message>
    <message>
        <source>%1: changed.</source>
        <translation>%1: 変更しました。</translation>
    </message>
    <message>
        <source>Changed: %1 → %2.</source>
        <translation>変更しました: %1 → %2</translation>
    </message>
    <message>
        <source>plan move takes exactly one REF.</source>
        <translation>plan move には REF を一つだけ指定してください。</translation>
    </message>
    <message>
        <source>plan move needs --to PARENT_REF, --position N or both.</source>
        <translation>plan move には --to PARENT_REF、--position N のいずれか（または両方）が必要です。</translation>
    </message>
    <message>
        <source>A basic policy has no parent to move to; give only --position N.</source>
        <translation>基本政策には移動先の上位がありません。--position N だけを指定してください。</translation>
    </message>
    <message>
        <source>%1 is now number %2 of %3.</source>
        <translation>%1は%3件中%2番目になりました。</translation>
    </message>
    <message>
        <source>%1 is now number %2 of %3 under %4.</source>
        <translation>%1は%4の%3件中%2番目になりました。</translation>
    </message>
    <message>
        <source>plan remove-indicator takes exactly one CODE.</source>
        <translation>plan remove-indicator には CODE を一つだけ指定してください。</translation>
    </message>
    <message>
        <source>plan remove takes exactly one REF.</source>
        <translation>plan remove には REF を一つだけ指定してください。</translation>
    </message>
    <message>
        <source>policies %1</source>
        <translation>政策 %1</translation>
    </message>
    <message>
        <source>measures %1</source>
        <translation>施策 %1</translation>
    </message>
    <message>
        <source>indicators %1</source>
        <translation>成果指標 %1</translation>
    </message>
    <message>
        <source>yearly figures %1</source>
        <translation>年度の値 %1</translation>
    </message>
    <message>
        <source>evaluations %1</source>
        <translation>評価 %1</translation>
    </message>
    <message>
        <source>Removing %1 removes nothing else: it holds no records, figures or evaluations.</source>
        <translation>%1を削除しても、ほかに削除されるものはありません（下位の項目、値、評価はありません）。</translation>
    </message>
    <message>
        <source>Removing %1 also removes: %2.</source>
        <translation>%1を削除すると、次も削除されます: %2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The surveys that feed its indicators stay: %1.</source>
        <translation>成果指標の値の元になっている調査は残ります: %1。</translation>
    </message>
    <message>
        <source>Refused: %1 has figures or evaluations in the locked (確定) years %2. Unlock them first (seika-cli unlock --year FY); nothing was changed.</source>
        <translation>削除できません: %1には確定済みの年度（%2）の値または評価があります。先に確定を解除してください（seika-cli unlock --year FY）。何も変更していません。</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>試行（ドライラン）のため、何も変更していません。</translation>
    </message>
    <message>
        <source>Removed %1 (recorded in the audit trail; seika-cli audit shows it).</source>
        <translation>%1を削除しました（変更履歴に記録しました。seika-cli audit で確認できます）。</translation>
    </message>
    <message>
        <source>plan add-programme needs --measure REF and one NAME.</source>
        <translation>plan add-programme には --measure REF と事業名を一つ指定してください。</translation>
    </message>
    <message>
        <source>plan remove-programme needs --measure REF and one NAME or number.</source>
        <translation>plan remove-programme には --measure REF と、事業名または番号を一つ指定してください。</translation>
    </message>
    <message>
        <source>The programme&apos;s name is empty.</source>
        <translation>事務事業の名称が空です。</translation>
    </message>
    <message>
        <source>%1 already lists the programme “%2”.</source>
        <translation>%1には事務事業「%2」がすでにあります。</translation>
    </message>
    <message>
        <source>Added the programme “%1” to %2 (number %3 of %4).</source>
        <translation>%2に事務事業「%1」を追加しました（%4件中%3番目）。</translation>
    </message>
    <message>
        <source>%1 has no programme “%2”. Its programmes: %3.</source>
        <translation>%1に事務事業「%2」はありません。事務事業: %3。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Removed the programme “%1” from %2.</source>
        <translation>%2から事務事業「%1」を削除しました。</translation>
    </message>
    <message>
        <source>plan add-indicator takes no positional argument: give the name with --name.</source>
        <translation>plan add-indicator は位置引数を取りません。名称は --name で指定してください。</translation>
    </message>
    <message>
        <source>plan add-indicator needs --measure REF, --code CODE, --name NAME and --kind ratio|survey|count|value.</source>
        <translation>plan add-indicator には --measure REF、--code CODE、--name NAME、--kind ratio|survey|count|value が必要です。</translation>
    </message>
    <message>
        <source>The indicator&apos;s name is empty.</source>
        <translation>成果指標の名称が空です。</translation>
    </message>
    <message>
        <source>Unknown kind “%1”: use ratio, survey, count or value.</source>
        <translation>不明な種類「%1」です。ratio、survey、count、value のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--decimals takes a whole number from 0 to 9.</source>
        <translation>--decimals には 0 から 9 までの整数を指定してください。</translation>
    </message>
    <message>
        <source>Unknown direction “%1”: use higher or lower.</source>
        <translation>不明な方向「%1」です。higher または lower を指定してください。</translation>
    </message>
    <message>
        <source>--number takes 1 for ①, 2 for ② …</source>
        <translation>--number には、① なら 1、② なら 2 … を指定してください。</translation>
    </message>
    <message>
        <source>--baseline needs --baseline-year FY.</source>
        <translation>--baseline には --baseline-year FY が必要です。</translation>
    </message>
    <message>
        <source>--targets takes FY=TARGET pairs separated by semicolons, such as &quot;R3=64%以上;R7=70%以上&quot;; “%1” has no =.</source>
        <translation>--targets には「年度=目標値」をセミコロンで区切って指定してください（例: &quot;R3=64%以上;R7=70%以上&quot;）。「%1」に = がありません。</translation>
    </message>
    <message>
        <source>%1 already has indicator %2 (%3); choose another --number.</source>
        <translation>%1にはすでに成果指標%2（%3）があります。別の --number を指定してください。</translation>
    </message>
    <message>
        <source>--targets gives %1 twice.</source>
        <translation>--targets に%1が二度あります。</translation>
    </message>
    <message>
        <source>Added indicator %1 %2 [%3] to %4 (#%5).</source>
        <translation>%4に成果指標%1 %2 [%3] を追加しました（#%5）。</translation>
    </message>
    <message>
        <source>Targets: %1</source>
        <translation>目標値: %1</translation>
    </message>
    <message>
        <source>basic policies %1</source>
        <translation>基本政策 %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>import-plan takes exactly one FILE.</source>
        <translation>import-plan には FILE を一つだけ指定してください。</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”: use auto, utf8 or cp932.</source>
        <translation>不明な文字コード「%1」です。auto、utf8、cp932 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>何も取り込んでいません。</translation>
    </message>
    <message>
        <source>%1: %2 rows (%3, %4-separated).</source>
        <translation>%1: %2行（%3、%4区切り）。</translation>
    </message>
    <message>
        <source>Adds %1; changes %2 records; leaves %3 as they are; %4 errors.</source>
        <translation>追加: %1。変更: %2件。変更なし: %3件。エラー: %4件。</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1行目</translation>
    </message>
    <message>
        <source>line %1, column %2, value “%3”</source>
        <translation>%1行目、列 %2、値「%3」</translation>
    </message>
    <message>
        <source>line %1, value “%2”</source>
        <translation>%1行目、値「%2」</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: エラー: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 findings are errors. Correct the file and import it again.</source>
        <translation>何も取り込んでいません: エラーが%1件あります。ファイルを修正して、もう一度取り込んでください。</translation>
    </message>
    <message>
        <source>Nothing to change: the document already holds this plan.</source>
        <translation>変更はありません。文書はすでにこの施策体系のとおりです。</translation>
    </message>
    <message>
        <source>Imported the plan in one change (recorded in the audit trail): added %1; changed %2 records.</source>
        <translation>施策体系を1回の変更として取り込みました（変更履歴に記録しました）。追加: %1。変更: %2件。</translation>
    </message>
    <message>
        <source>Usage: seika-cli [--db FILE] import-plan FILE [--encoding auto|utf8|cp932] [--dry-run]
Reads the plan (施策体系) from a CSV file: one row per basic policy, policy, measure and indicator, each naming its place by code and title (columns such as 基本政策番号, 基本政策, 政策番号, 政策, 施策番号, 施策, 直接目標, 主な事務事業, 指標名, 単位, 種類, 現状値年度, 現状値, 目標値(R3); docs/csv-format.md lists them all). Records are matched to the document&apos;s by code, else by title, so importing the same file again changes nothing; the import adds and changes, never removes. The report lists every addition, change and error with its line, column and value. With an error nothing is imported (exit code 2); --dry-run only reports. The whole file is one change, recorded with the file&apos;s name and SHA-256 (seika-cli audit). export-csv --table plan writes this shape.</source>
        <translation>使い方: seika-cli [--db FILE] import-plan FILE [--encoding auto|utf8|cp932] [--dry-run]
CSVファイルから施策体系を読み込みます。基本政策・政策・施策・成果指標ごとに1行で、各行は番号と名称で体系上の位置を示します（基本政策番号、基本政策、政策番号、政策、施策番号、施策、直接目標、主な事務事業、指標名、単位、種類、現状値年度、現状値、目標値(R3) などの列。すべての列は docs/csv-format.md に記載しています）。文書の項目とは番号で、番号がなければ名称で対応づけるため、同じファイルをもう一度取り込んでも何も変わりません。取り込みは追加と変更だけを行い、削除はしません。結果として、追加・変更・エラーのすべてを行、列、値とともに出力します。エラーがあれば何も取り込みません（終了コード 2）。--dry-run は結果の出力だけを行います。ファイル全体が1回の変更となり、ファイル名とSHA-256とともに記録されます（seika-cli audit）。export-csv --table plan はこの形式で書き出します。</translation>
    </message>
    <message>
        <source>plan list [--format text|json|csv]
    The plan as a tree: each record with its code and #id, each measure&apos;s indicators with their codes. csv is the plan table that import-plan reads.</source>
        <translation>plan list [--format text|json|csv]
    施策体系をツリーで表示します。各項目の番号と #ID、各施策の成果指標とそのコードを示します。csv は import-plan が読み込む施策体系の表です。</translation>
    </message>
    <message>
        <source>plan add-basic-policy --title TITLE [--code CODE] [--position N]
    Adds a basic policy (基本政策), last or at place N.</source>
        <translation>plan add-basic-policy --title TITLE [--code CODE] [--position N]
    基本政策を末尾または N 番目に追加します。</translation>
    </message>
    <message>
        <source>plan add-policy --basic-policy REF --title TITLE [--code CODE] [--position N]
    Adds a policy (政策) to a basic policy.</source>
        <translation>plan add-policy --basic-policy REF --title TITLE [--code CODE] [--position N]
    基本政策に政策を追加します。</translation>
    </message>
    <message>
        <source>plan add-measure --policy REF --title TITLE [--code CODE] [--direct-goal TEXT] [--position N]
    Adds a measure (施策) to a policy.</source>
        <translation>plan add-measure --policy REF --title TITLE [--code CODE] [--direct-goal TEXT] [--position N]
    政策に施策を追加します。</translation>
    </message>
    <message>
        <source>plan rename REF [--title TITLE] [--code CODE] [--direct-goal TEXT]
    Renames or renumbers a record (an indicator: its name and code); --code &quot;&quot; removes the code; --direct-goal sets a measure&apos;s 直接目標.</source>
        <translation>plan rename REF [--title TITLE] [--code CODE] [--direct-goal TEXT]
    項目の名称または番号を変更します（成果指標は名称とコード）。--code &quot;&quot; で番号を削除します。--direct-goal は施策の直接目標を設定します。</translation>
    </message>
    <message>
        <source>plan move REF [--to PARENT_REF] [--position N]
    Moves a policy to another basic policy or a measure to another policy (last, or at place N), or reorders a record among its siblings.</source>
        <translation>plan move REF [--to PARENT_REF] [--position N]
    政策を別の基本政策へ、施策を別の政策へ移動します（末尾または N 番目）。または同じ階層の中で順序を変えます。</translation>
    </message>
    <message>
        <source>plan remove REF [--dry-run]
    Removes a record with everything it holds, after saying exactly what that is (policies, measures, indicators, yearly figures, evaluations). Refused while a locked year holds any of it. --dry-run only says it.</source>
        <translation>plan remove REF [--dry-run]
    項目を、その下にあるものすべてとともに削除します。削除前に、何が削除されるか（政策、施策、成果指標、年度の値、評価）を示します。確定済みの年度にそのいずれかがある間は削除できません。--dry-run は示すだけです。</translation>
    </message>
    <message>
        <source>plan add-programme --measure REF NAME [--position N]
    Adds a programme (主な事務事業) to a measure.</source>
        <translation>plan add-programme --measure REF NAME [--position N]
    施策に主な事務事業を追加します。</translation>
    </message>
    <message>
        <source>plan remove-programme --measure REF NAME|NUMBER
    Removes a measure&apos;s programme, by name or by its number (1 = the first).</source>
        <translation>plan remove-programme --measure REF NAME|NUMBER
    施策の事務事業を、名称または番号（1 = 先頭）で指定して削除します。</translation>
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
    施策に成果指標を追加します。--number がなければ次の番号（②の次は③）になります。目標値はシートの書き方で指定します: --targets &quot;H29=21%以上;R3=23%以上&quot;（以上、以下、または到達を目指す値はそのまま）。--baseline がなければ、現状値は --baseline-year の年度の市全体の値になります。</translation>
    </message>
    <message>
        <source>plan remove-indicator CODE [--dry-run]
    Removes an indicator with its yearly figures, after saying how many.</source>
        <translation>plan remove-indicator CODE [--dry-run]
    成果指標を年度の値とともに削除します。削除前に値の件数を示します。</translation>
    </message>
    <message>
        <source>Usage: seika-cli [--db FILE] %1</source>
        <translation>使い方: seika-cli [--db FILE] %1</translation>
    </message>
    <message>
        <source>Usage: seika-cli [--db FILE] plan SUBCOMMAND [OPTIONS]
Builds and changes the plan&apos;s structure: basic policies (基本政策), policies (政策), measures (施策), their programmes (主な事務事業) and indicators (成果指標). Each command is one change, checked as the editors check it and recorded in the audit trail; a refused one changes nothing (exit code 2).
REF names a record by its code (1-1-2), by #ID (the id plan list shows), or by its exact title; put basic-policy:, policy:, measure: or indicator: in front when it names records at several levels (measure:#1).

%1</source>
        <translation>使い方: seika-cli [--db FILE] plan SUBCOMMAND [OPTIONS]
施策体系（基本政策、政策、施策、主な事務事業、成果指標）を作成・変更します。各コマンドは1回の変更で、エディタと同じ検査を行い、変更履歴に記録します。受け付けられない場合は何も変更しません（終了コード 2）。
REF は項目を番号（1-1-2）、#ID（plan list が示すID）、または名称そのもので指定します。複数の階層の項目に当てはまる場合は、先頭に basic-policy:、policy:、measure:、indicator: を付けます（measure:#1）。

%1</translation>
    </message>
    <message>
        <source>Run seika-cli %1 --help for usage.</source>
        <translation>使い方は seika-cli %1 --help で確認できます。</translation>
    </message>
    <message>
        <source>plan needs a subcommand: list, add-basic-policy, add-policy, add-measure, rename, move, remove, add-programme, remove-programme, add-indicator or remove-indicator.</source>
        <translation>plan にはサブコマンドが必要です: list、add-basic-policy、add-policy、add-measure、rename、move、remove、add-programme、remove-programme、add-indicator、remove-indicator。</translation>
    </message>
    <message>
        <source>Unknown plan subcommand “%1”.</source>
        <translation>不明な plan のサブコマンド「%1」です。</translation>
    </message>
</context>
<context>
    <name>seika::cli::ReportCommand</name>
    <message>
        <source>Run seika-cli report --help for usage.</source>
        <translation>使い方は seika-cli report --help で確認できます。</translation>
    </message>
    <message>
        <source>report takes no FILE; use --db FILE before the command.</source>
        <translation>report には FILE を指定できません。文書はコマンドの前に --db FILE で指定してください。</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>オプション --%1 には値が必要です。</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>不明なオプション: %1</translation>
    </message>
    <message>
        <source>report needs --year FY.</source>
        <translation>report には --year FY の指定が必要です。</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf.</source>
        <translation>report には --out FILE.pdf の指定が必要です。</translation>
    </message>
    <message>
        <source>Unknown paper “%1”: use A4 or A3.</source>
        <translation>「%1」は不明な用紙サイズです。A4 または A3 を指定してください。</translation>
    </message>
    <message>
        <source>--measure takes the number of a measure, as summary shows it.</source>
        <translation>--measure には、summary で表示される施策の番号を指定してください。</translation>
    </message>
    <message>
        <source>report needs the GUI libraries, but no QApplication was created.</source>
        <translation>report にはGUIライブラリが必要ですが、QApplication が作成されていません。</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>書き出しました: %1</translation>
    </message>
    <message>
        <source>Usage: seika-cli [--db FILE] report [--measure ID | --all | --overview] --year FY --out FILE.pdf [--paper A4|A3]
Writes the council report (the evaluation sheet) of the measure ID for the fiscal year FY as a PDF: overview, outcome indicators, background, initiatives, results with charts, and the grades. Without --measure the first measure is used. Paper: A4 (the default) or A3, portrait.
--all writes the report on the whole plan as one PDF: a table of contents, the plan overview (every measure with its indicators&apos; achievement, suggested and chosen grade and direction, the counts of grades), then every measure&apos;s sheet in plan order, the pages numbered n / N throughout.
--overview writes the plan overview alone.</source>
        <translation>使い方: seika-cli [--db FILE] report [--measure ID | --all | --overview] --year FY --out FILE.pdf [--paper A4|A3]
施策 ID の年度 FY の議会報告用シート（施策評価シート）をPDFで書き出します。概要、成果指標、背景、取組、グラフ付きの成果、施策の達成状況と今後の方向性を含みます。--measure を省略すると、最初の施策を使用します。用紙: A4（既定）または A3、縦向き。
--all は計画全体の報告書を1つのPDFに書き出します。目次、施策評価結果一覧（全施策の成果指標の達成、提案と評価の達成状況、今後の方向性、区分ごとの件数）、続いて計画の順に全施策のシートを収め、全ページに通しのページ番号 n / N を付けます。
--overview は施策評価結果一覧だけを書き出します。</translation>
    </message>
    <message>
        <source>Give one of --measure ID, --all and --overview.</source>
        <translation>--measure ID、--all、--overview のいずれか1つを指定してください。</translation>
    </message>
    <message>
        <source>The document has no measures to report on.</source>
        <translation>この文書には報告する施策がありません。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s)</source>
        <translation>
            <numerusform>書き出しました: %1（%nページ）</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents: pages %1–%2; plan overview: page %3</source>
        <translation>目次: %1～%2ページ、施策評価結果一覧: %3ページ</translation>
    </message>
</context>
<context>
    <name>seika::cli::ResponseCommands</name>
    <message>
        <source>Breakdown of %1 (%2):</source>
        <translation>%1 の集計（%2）:</translation>
    </message>
    <message>
        <source>multiple answer, M.A.</source>
        <translation>複数回答（M.A.）</translation>
    </message>
    <message>
        <source>single answer, S.A.</source>
        <translation>単一回答（S.A.）</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2（%3%）</translation>
    </message>
    <message>
        <source>%1 (n=%2, weighted total %3): %4</source>
        <translation>%1（n=%2、重み付け合計 %3）: %4</translation>
    </message>
    <message>
        <source>%1 (n=%2): %3</source>
        <translation>%1（n=%2）: %3</translation>
    </message>
    <message>
        <source>Usage: seika-cli [--db FILE] import-responses --survey ID --question CODE FILE
                 [--answer-column NAME] [--attributes 年代,職業] [--weight NAME]
                 [--encoding auto|utf8|cp932] [--dry-run] [--valid-rows-only]
Computes the table of a survey question from a respondents file (CSV, one row per respondent; docs/csv-format.md): 全体 and each group of each attribute column, with its base n and the count and percentage of each answer category, and replaces the question&apos;s rows with it. The answer column (default: the column named as the question&apos;s code) holds category numbers 1, 2, …; a multiple-answer question takes several separated by ; or spaces (1;3); an empty answer is 無回答. The attribute columns default to every other column. With --weight the counts are sums of the weights and the percentages come from the weighted totals; n stays the number of respondents.
The report lists each finding on one line: file line, column, value and reason (an unknown code, a code out of range, an empty attribute, a weight that is not a positive number …). Findings stop the import: nothing is changed and the exit code is 2, unless --valid-rows-only computes the table from the valid rows. --dry-run only reports. The encoding is detected unless given.</source>
        <translation>使い方: seika-cli [--db FILE] import-responses --survey ID --question CODE FILE
                 [--answer-column NAME] [--attributes 年代,職業] [--weight NAME]
                 [--encoding auto|utf8|cp932] [--dry-run] [--valid-rows-only]
回答者ごとのファイル（CSV、1行に回答者1人。docs/csv-format.md）から調査の設問の集計表を作成します。全体と各属性列の区分ごとに、回答者数 n と各選択肢の件数・割合を求め、設問の行を置き換えます。回答の列（既定: 設問コードと同じ名前の列）には選択肢の番号 1, 2, … を書きます。複数回答の設問では ; または空白で区切って複数書けます（1;3）。空欄は無回答です。属性の列は、既定ではそれ以外のすべての列です。--weight を指定すると、件数は重みの合計になり、割合は重み付けした合計から求めます。n は回答者数のままです。
確認結果は1件ずつ1行で出力します: ファイルの行、列、値、理由（不明なコード、範囲外のコード、空欄の属性、正の数でない重み など）。問題があると取り込みません: 何も変更せず終了コードは 2 です。--valid-rows-only を指定すると正常な行だけで集計します。--dry-run は確認結果だけを出力します。文字コードは指定しなければ自動判定します。</translation>
    </message>
    <message>
        <source>Run seika-cli import-responses --help for usage.</source>
        <translation>使い方は seika-cli import-responses --help で確認できます。</translation>
    </message>
    <message>
        <source>import-responses takes exactly one FILE.</source>
        <translation>import-responses にはファイル（FILE）を1つだけ指定してください。</translation>
    </message>
    <message>
        <source>import-responses needs --survey ID and --question CODE.</source>
        <translation>import-responses には --survey ID と --question CODE が必要です。</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”: use auto, utf8 or cp932.</source>
        <translation>不明な文字コード「%1」です。auto、utf8、cp932 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--attributes needs column names separated by commas, such as 年代,職業.</source>
        <translation>--attributes には列名をカンマ区切りで指定してください（例: 年代,職業）。</translation>
    </message>
    <message>
        <source>There is no survey “%1” in this document; survey list shows them.</source>
        <translation>この文書には調査「%1」がありません。survey list で確認できます。</translation>
    </message>
    <message>
        <source>Survey %1 has no question “%2”; its questions are: %3.</source>
        <translation>調査 %1 に設問「%2」はありません。設問: %3。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>何も取り込んでいません。</translation>
    </message>
    <message>
        <source>%1: %2 respondents (%3, %4-separated): %5 valid, %6 with errors.</source>
        <translation>%1: 回答者 %2 人（%3、%4区切り）: 正常 %5 行、エラー %6 行。</translation>
    </message>
    <message>
        <source>Answers from the column “%1”; groups from %2.</source>
        <translation>回答は列「%1」から、区分は %2 から集計します。</translation>
    </message>
    <message>
        <source>no attribute column</source>
        <translation>属性の列なし</translation>
    </message>
    <message>
        <source>Weighted by the column “%1”.</source>
        <translation>列「%1」で重み付けしています。</translation>
    </message>
    <message>
        <source>line %1, column %2, value “%3”: error: %4</source>
        <translation>%1行目、列 %2、値「%3」: エラー: %4</translation>
    </message>
    <message>
        <source>(row)</source>
        <translation>（行全体）</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>試行（ドライラン）のため、何も変更していません。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 findings are errors. Correct them, or give --valid-rows-only to compute the table from the valid rows only.</source>
        <translation>何も取り込んでいません: %1件のエラーがあります。修正するか、--valid-rows-only を指定して正常な行だけで集計してください。</translation>
    </message>
    <message>
        <source>Nothing was imported: no row is valid.</source>
        <translation>何も取り込んでいません: 正常な行がありません。</translation>
    </message>
    <message>
        <source>Nothing to change: the question already holds this table.</source>
        <translation>変更はありません: 設問はすでにこの集計表を持っています。</translation>
    </message>
    <message>
        <source>Replaced the rows of %1 in survey %2 with %3 rows in one change (recorded in the audit trail).</source>
        <translation>調査 %2 の %1 の行を %3 行に置き換えました（1回の変更として変更履歴に記録）。</translation>
    </message>
    <message>
        <source>Skipped the rows with errors (%1 findings).</source>
        <translation>エラーのある行は取り込んでいません（%1件）。</translation>
    </message>
</context>
<context>
    <name>seika::cli::ServerCommands</name>
    <message>
        <source>Unknown server command; use “server init URL”.</source>
        <translation>不明な server コマンドです。「server init URL」を使用してください。</translation>
    </message>
    <message>
        <source>server init takes one postgresql:// URL, or --db URL before the command.</source>
        <translation>server init には postgresql:// の URL を1つ指定するか、コマンドの前に --db URL を指定してください。</translation>
    </message>
    <message>
        <source>server init needs a postgresql:// URL; for a file use “seika-cli init FILE”.</source>
        <translation>server init には postgresql:// の URL が必要です。ファイルの場合は「seika-cli init FILE」を使用してください。</translation>
    </message>
    <message>
        <source>Created the Seika tables in %1</source>
        <translation>%1 に Seika の表を作成しました</translation>
    </message>
    <message>
        <source>copy needs --from SOURCE and --to DESTINATION (files or postgresql:// URLs).</source>
        <translation>copy には --from SOURCE と --to DESTINATION（ファイルまたは postgresql:// の URL）が必要です。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 to %2 (%n figure(s))</source>
        <translation>
            <numerusform>%1 を %2 に複製しました（値 %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: seika-cli copy --from SOURCE --to DESTINATION
Copies a whole Seika document between a file and a PostgreSQL server (either way), in one transaction. SOURCE and DESTINATION are files or postgresql://USER@HOST:PORT/DATABASE URLs; the destination must not exist yet (a new file, or an empty database). The copy&apos;s audit trail starts with the copy.</source>
        <translation>使い方: seika-cli copy --from SOURCE --to DESTINATION
Seika の文書全体を、ファイルと PostgreSQL サーバーの間で（どちら向きにも）1つのトランザクションで複製します。SOURCE と DESTINATION はファイル、または postgresql://USER@HOST:PORT/DATABASE 形式の URL です。複製先はまだ存在してはいけません（新しいファイル、または空のデータベース）。複製先の変更履歴は複製から始まります。</translation>
    </message>
    <message>
        <source>Usage: seika-cli server init URL [--sample kawasaki] (or seika-cli --db URL server init)
Creates Seika&apos;s tables in the empty PostgreSQL database at URL (postgresql://USER@HOST:PORT/DATABASE?sslmode=…), holding an empty plan or the sample. A database that holds any table is refused. The password comes from ~/.pgpass, PGPASSFILE or PGSERVICE, never from Seika (docs/server.md).</source>
        <translation>使い方: seika-cli server init URL [--sample kawasaki]（または seika-cli --db URL server init）
URL（postgresql://USER@HOST:PORT/DATABASE?sslmode=…）の空の PostgreSQL データベースに Seika の表を作成し、空の計画またはサンプルを入れます。表が1つでもあるデータベースには作成しません。パスワードは ~/.pgpass、PGPASSFILE または PGSERVICE から読み込まれ、Seika が保存することはありません（docs/server.md）。</translation>
    </message>
    <message>
        <source>--ward needs the name of a ward.</source>
        <translation>--ward には区の名前を指定してください。</translation>
    </message>
    <message>
        <source>Unknown admin command; use add-user, list-users or remove-user.</source>
        <translation>不明な admin コマンドです。add-user、list-users、remove-user のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>Users and roles exist only for a document on a server: give --db postgresql://USER@HOST:PORT/DATABASE before “admin”.</source>
        <translation>利用者と役割はサーバー上の文書にだけあります。「admin」の前に --db postgresql://USER@HOST:PORT/DATABASE を指定してください。</translation>
    </message>
    <message>
        <source>admin list-users takes no arguments.</source>
        <translation>admin list-users は引数を取りません。</translation>
    </message>
    <message>
        <source>(cannot log in)</source>
        <translation>（ログインできません）</translation>
    </message>
    <message>
        <source>admin %1 takes the user&apos;s name.</source>
        <translation>admin %1 には利用者名を指定してください。</translation>
    </message>
    <message>
        <source>admin remove-user takes only the user&apos;s name.</source>
        <translation>admin remove-user には利用者名だけを指定してください。</translation>
    </message>
    <message>
        <source>Removed %1 from %2; the login role stays on the server (dropuser removes it).</source>
        <translation>%1 を %2 の利用者から外しました。ログインロールはサーバーに残ります（削除は dropuser で）。</translation>
    </message>
    <message>
        <source>admin add-user needs --role viewer, ward-editor, city-editor or admin.</source>
        <translation>admin add-user には --role viewer、ward-editor、city-editor、admin のいずれかが必要です。</translation>
    </message>
    <message>
        <source>A ward editor needs at least one --ward.</source>
        <translation>区担当には --ward を1つ以上指定してください。</translation>
    </message>
    <message>
        <source>--ward is for a ward editor only.</source>
        <translation>--ward は区担当にだけ指定できます。</translation>
    </message>
    <message>
        <source>%1 is now %2 of %3.</source>
        <translation>%1 は %3 の %2 になりました。</translation>
    </message>
    <message>
        <source>Usage: seika-cli --db URL admin add-user NAME --role viewer|ward-editor|city-editor|admin [--ward WARD …]
       seika-cli --db URL admin list-users
       seika-cli --db URL admin remove-user NAME
The users of a document on a PostgreSQL server and what each may change: a viewer reads, a ward editor enters the figures of their wards, a city editor also every area&apos;s figures, grades, surveys and locks, an admin also the plan, wards, settings and users. add-user creates the login role NAME when the server has none (without a password: the server&apos;s administrator sets it, e.g. psql \password NAME) and gives it the role; remove-user takes the role away. Only an admin or the database&apos;s owner may. The server enforces the roles itself (docs/server.md).</source>
        <translation>使い方: seika-cli --db URL admin add-user NAME --role viewer|ward-editor|city-editor|admin [--ward WARD …]
       seika-cli --db URL admin list-users
       seika-cli --db URL admin remove-user NAME
PostgreSQL サーバー上の文書の利用者と、それぞれが変更できる範囲を扱います。閲覧者は閲覧だけ、区担当は担当区の値の入力、市担当はさらに全区と市全体の値・評価・調査・年度の確定、管理者はさらに施策体系・区・設定・利用者を扱えます。add-user はサーバーにログインロール NAME がなければ作成し（パスワードなし: サーバーの管理者が設定します。例: psql \password NAME）、役割を与えます。remove-user は役割を外します。管理者またはデータベースの所有者だけが実行できます。役割はサーバー自身が強制します（docs/server.md）。</translation>
    </message>
    <message>
        <source>Copying: %1 of %2 figures…</source>
        <translation>複製中: %2 件中 %1 件の値…</translation>
    </message>
</context>
<context>
    <name>seika::cli::SurveyCommands</name>
    <message>
        <source>random sample, by post</source>
        <translation>無作為抽出・郵送</translation>
    </message>
    <message>
        <source>internet survey</source>
        <translation>インターネット調査</translation>
    </message>
    <message>
        <source>everyone asked</source>
        <translation>全数調査</translation>
    </message>
    <message>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>M.T. %1</source>
        <translation>M.T. %1</translation>
    </message>
    <message>
        <source>error: the answers sum to %1, over 100% for a single answer</source>
        <translation>エラー: 回答の合計が%1で、単数回答では100%を超えられません</translation>
    </message>
    <message>
        <source>no answer or unknown: %1</source>
        <translation>無回答・不明: %1</translation>
    </message>
    <message>
        <source>The document has no surveys.</source>
        <translation>この文書には調査がありません。</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>response rate %1</source>
        <translation>回収率 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>設問%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>調査方法: %1</translation>
    </message>
    <message>
        <source>Sent: %1, valid responses: %2</source>
        <translation>配布数: %1、有効回答数: %2</translation>
    </message>
    <message>
        <source>± is the 95% margin of error%1; * marks a base under %2 (unreliable).</source>
        <translation>± は95%信頼区間の標本誤差%1です。* は回答者数が%2未満（参考値）を示します。</translation>
    </message>
    <message>
        <source> (finite population %1)</source>
        <translation>（母集団 %1 の有限母集団修正あり）</translation>
    </message>
    <message>
        <source>Usage: seika-cli [--db FILE] survey list [--format text|json]
       seika-cli [--db FILE] survey show ID [--moe] [--format text|json]
list: the surveys of the document with their year, valid responses (n) and response rate.
show: every question of the survey ID with its answer categories and, for 全体 and each group, the base n (* under 30: unreliable) and the percentages, derived from counts where counts were entered. A single-answer row that sums under 100% shows the rest as no answer or unknown; over 100.5% is an error. A multiple-answer row shows its total mentions (M.T.). --moe adds the 95% margin of error of each percentage, with the finite population correction when the population is known.</source>
        <translation>使い方: seika-cli [--db FILE] survey list [--format text|json]
       seika-cli [--db FILE] survey show ID [--moe] [--format text|json]
list: 文書の調査を、年度・有効回答数（n）・回収率とともに一覧します。
show: 調査 ID の各設問について、選択肢と、全体および各属性の回答者数（n。30未満は * で参考値）と割合を出力します。件数が入力されている場合、割合は件数から算出します。単数回答で合計が100%に満たない場合は残りを無回答・不明として示し、100.5%を超える場合はエラーとします。複数回答は回答の合計（M.T.）を示します。--moe を付けると、各割合の95%信頼区間の標本誤差を出力します（母集団が分かっている場合は有限母集団修正を行います）。</translation>
    </message>
    <message>
        <source>Run seika-cli survey --help for usage.</source>
        <translation>使い方は seika-cli survey --help で確認できます。</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use text or json.</source>
        <translation>「%1」は不明な形式です。text または json を指定してください。</translation>
    </message>
    <message>
        <source>survey list takes no ID and no --moe.</source>
        <translation>survey list には ID も --moe も指定できません。</translation>
    </message>
    <message>
        <source>survey show needs the ID of one survey, as survey list shows it.</source>
        <translation>survey show には、survey list で表示される調査の ID を1つ指定してください。</translation>
    </message>
    <message>
        <source>survey needs list or show.</source>
        <translation>survey には list または show を指定してください。</translation>
    </message>
    <message>
        <source>Unknown survey action “%1”: use list or show.</source>
        <translation>「%1」は不明な操作です。list または show を指定してください。</translation>
    </message>
    <message>
        <source>There is no survey “%1” in this document; survey list shows them.</source>
        <translation>この文書には調査「%1」がありません。survey list で確認できます。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Assumed valid responses: %1</source>
        <translation>有効回答数は仮定の値: %1</translation>
    </message>
</context>
<context>
    <name>seika::core::ChangeKind</name>
    <message>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <source>Correction of survey values</source>
        <translation>調査に基づく値の補正</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
</context>
<context>
    <name>seika::core::CsvImport</name>
    <message>
        <source>overwrites the existing figure: %1 → %2</source>
        <translation>既存の値を上書きします: %1 → %2</translation>
    </message>
</context>
<context>
    <name>seika::core::Entry</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>the whole city</source>
        <translation>市全体</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4 differs from the previous figure %5 (%6) by %7%, more than the band of ±%8%.</source>
        <translation>%1、%2、%3: %4は前回の値%5（%6）から%7%変化しており、±%8%の範囲を超えています。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>%1, %2: the series breaks: %3 has no figure between %4 and %5.</source>
        <translation>%1、%2: 欠測があります。%4から%5までの間で、%3の値がありません。</translation>
    </message>
    <message>
        <source>%1, %2, %3: the entered city figure %4 differs from %5, the sum of the wards&apos; numerators over the sum of their denominators.</source>
        <translation>%1、%2、%3: 入力された市全体の値%4が、各区の分子の合計を分母の合計で割った値%5と一致しません。</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4 is far from the other wards of the year (median %5): %6%, more than twice the band of ±%7%.</source>
        <translation>%1、%2、%3: %4は同じ年度の他の区の値（中央値%5）から%6%離れており、±%7%の範囲の2倍を超えています。</translation>
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
    <message>
        <source>The ward “%1” still has figures; clear them before removing the ward.</source>
        <translation>区「%1」にはまだ値が入力されています。区を削除する前に、値を削除してください。</translation>
    </message>
    <message>
        <source>The CSV file is empty: it has not even a header row.</source>
        <translation>CSVファイルが空です。見出し行もありません。</translation>
    </message>
    <message>
        <source>The CSV file has a header row but no data rows.</source>
        <translation>CSVファイルには見出し行しかなく、データの行がありません。</translation>
    </message>
    <message>
        <source>The file holds binary data (a NUL byte), so it is not a CSV text file.</source>
        <translation>ファイルにバイナリデータ（NULバイト）が含まれているため、CSVテキストファイルではありません。</translation>
    </message>
    <message>
        <source>The bytes %1 are not valid %2 text. Choose the file&apos;s encoding (utf8 or cp932).</source>
        <translation>バイト列 %1 は %2 のテキストとして正しくありません。ファイルの文字コード（utf8 または cp932）を指定してください。</translation>
    </message>
    <message>
        <source>The file ends in the middle of a %2 character (bytes %1); it may have been cut off.</source>
        <translation>ファイルが %2 の文字の途中（バイト列 %1）で終わっています。途中で切れている可能性があります。</translation>
    </message>
    <message>
        <source>The file starts with a UTF-8 byte order mark, but it was to be read as %1. Read it as UTF-8.</source>
        <translation>ファイルはUTF-8のBOMで始まっていますが、%1 として読み込もうとしました。UTF-8として読み込んでください。</translation>
    </message>
    <message>
        <source>A quoted field is never closed: a double quote is missing.</source>
        <translation>引用符で囲まれた項目が閉じられていません。ダブルクォートが不足しています。</translation>
    </message>
    <message>
        <source>The row has %1 fields, but the header has %2.</source>
        <translation>この行の項目数は%1ですが、見出し行の項目数は%2です。</translation>
    </message>
    <message>
        <source>The header lacks the column %1.</source>
        <translation>見出し行に列 %1 がありません。</translation>
    </message>
    <message>
        <source>The header names the column “%1” twice.</source>
        <translation>見出し行に列「%1」が2回あります。</translation>
    </message>
    <message>
        <source>The character “%1” cannot be written in %2. Choose a replacement character or another encoding.</source>
        <translation>文字「%1」は %2 で書き出せません。置き換える文字を指定するか、別の文字コードを選んでください。</translation>
    </message>
    <message>
        <source>The row gives both a value and a numerator and denominator for “%1”; give one or the other.</source>
        <translation>この行は「%1」について値と分子・分母の両方を指定しています。どちらか一方にしてください。</translation>
    </message>
    <message>
        <source>A numerator needs a denominator and the other way round.</source>
        <translation>分子には分母が必要です（分母にも分子が必要です）。</translation>
    </message>
    <message>
        <source>“%1” is not a ratio, so it has no numerator and denominator; give the value.</source>
        <translation>「%1」は割合の指標ではないため、分子と分母はありません。値を指定してください。</translation>
    </message>
    <message>
        <source>The file is UTF-16 text (Excel&apos;s “Unicode text”). Save it as “CSV UTF-8” or “CSV” and import that file.</source>
        <translation>ファイルはUTF-16のテキスト（Excelの「Unicode テキスト」）です。「CSV UTF-8」または「CSV」形式で保存し直して、そのファイルを取り込んでください。</translation>
    </message>
    <message>
        <source>Stopped at your request; nothing was changed.</source>
        <translation>中止しました。何も変更していません。</translation>
    </message>
    <message>
        <source>“%1” is not a survey method; methods are random_postal, internet, census and other.</source>
        <translation>「%1」は調査方法ではありません。random_postal、internet、census、other のいずれかです。</translation>
    </message>
    <message>
        <source>The survey has %1 valid responses but only %2 questionnaires were sent.</source>
        <translation>有効回答数 %1 が配布数 %2 を超えています。</translation>
    </message>
    <message>
        <source>The row has %1 cells, but the question has only %2 answer categories.</source>
        <translation>この行には %1 個の値がありますが、設問の選択肢は %2 個です。</translation>
    </message>
    <message>
        <source>The count %1 is greater than the row&apos;s base n = %2.</source>
        <translation>件数 %1 が行の回答者数 n = %2 を超えています。</translation>
    </message>
    <message>
        <source>The single-answer row adds up to %1%, more than %2%: one answer per respondent cannot.</source>
        <translation>単一回答の行の合計が %1% で、%2% を超えています（回答者1人に1つの回答のため、あり得ません）。</translation>
    </message>
    <message>
        <source>%1 takes its value for %2 from two surveys (%3 and %4); keep the question in one of them.</source>
        <translation>%1 の %2 の値が2つの調査（%3 と %4）から取られています。設問はどちらか一方にしてください。</translation>
    </message>
    <message>
        <source>The value of %1 for %2 is taken from %3. Correct the survey instead.</source>
        <translation>%1 の %2 の値は %3 から取られます。調査を修正してください。</translation>
    </message>
    <message>
        <source>There is no basic policy “%1” in this document.</source>
        <translation>この文書に基本政策「%1」はありません。</translation>
    </message>
    <message>
        <source>There is no policy “%1” in this document.</source>
        <translation>この文書に政策「%1」はありません。</translation>
    </message>
    <message>
        <source>“%1” still holds policies; remove or move them first.</source>
        <translation>「%1」にはまだ政策があります。先に削除するか移動してください。</translation>
    </message>
    <message>
        <source>“%1” still holds measures; remove or move them first.</source>
        <translation>「%1」にはまだ施策があります。先に削除するか移動してください。</translation>
    </message>
    <message>
        <source>“%1” still has indicators; remove them first.</source>
        <translation>「%1」にはまだ成果指標があります。先に削除してください。</translation>
    </message>
    <message>
        <source>“%1” still has evaluations; remove them first.</source>
        <translation>「%1」にはまだ評価があります。先に削除してください。</translation>
    </message>
    <message>
        <source>The indicator “%1” still has figures; clear them before removing it.</source>
        <translation>成果指標「%1」にはまだ値があります。削除する前に値を消去してください。</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>名称を入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not a figure source: write entered, or sum_of_wards for a city figure that is the sum of the wards (such a row is not imported).</source>
        <translation>「%1」は値の由来として使えません。entered、または各区の合計である市全体の値には sum_of_wards と書いてください（その行は取り込みません）。</translation>
    </message>
    <message>
        <source>“%1” is not a number: it has a letter where a digit belongs. Did you mean %2?</source>
        <translation>「%1」は数値ではありません（数字の位置に英字があります）。%2 のことですか？</translation>
    </message>
    <message>
        <source>The file is in the wide layout (one column per fiscal year, such as “%1”), which Seika writes for reading and charts. Import a file in the long layout: one figure per row with a fiscal_year (年度) column, as export-csv --layout long writes it.</source>
        <translation>このファイルは横持ち（年度ごとに1列。「%1」など）の形式です。これは閲覧やグラフ用にSeikaが書き出す形式で、読み込めません。縦持ちの形式（1行に1つの値で、fiscal_year（年度）の列があるもの。export-csv --layout long が書き出す形式）のファイルを読み込んでください。</translation>
    </message>
    <message>
        <source>trigger %1 (%2)</source>
        <translation>トリガー %1（%2）</translation>
    </message>
    <message>
        <source>view %1</source>
        <translation>ビュー %1</translation>
    </message>
    <message>
        <source>index %1 (%2)</source>
        <translation>インデックス %1（%2）</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>テーブル %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>“%1” is not a trusted document: %2, which Seika creates, is missing. It was not opened and was left unchanged.</source>
        <translation>信頼できない文書です（「%1」）: Seika が作成する%2がありません。開かずに、ファイルはそのままにしました。</translation>
    </message>
    <message>
        <source>“%1” is not a trusted document: %2 is not defined as Seika defines it. It was not opened and was left unchanged.</source>
        <translation>信頼できない文書です（「%1」）: %2の定義が Seika の作成したものと異なります。開かずに、ファイルはそのままにしました。</translation>
    </message>
    <message>
        <source>“%1” is not a trusted document: %2 was not created by Seika. It was not opened and was left unchanged.</source>
        <translation>信頼できない文書です（「%1」）: %2は Seika が作成したものではありません。開かずに、ファイルはそのままにしました。</translation>
    </message>
    <message>
        <source>“%1” is in the format of an older Seika (document version %2). It must be upgraded to this version&apos;s format before it can be changed, and older versions of Seika will not open it afterwards. The file was left unchanged.</source>
        <translation>「%1」は以前の版の Seika の形式です（文書バージョン %2）。変更するには、この版の形式に更新する必要があります。更新後は以前の版の Seika では開けなくなります。ファイルはそのままにしました。</translation>
    </message>
    <message>
        <source>The count %1 is too large: Seika stores counts up to %2 exactly.</source>
        <translation>件数 %1 は大きすぎます。Seika が正確に保存できる件数は %2 までです。</translation>
    </message>
    <message>
        <source>The file “%1” is write-protected; Seika does not overwrite it. Choose another name or remove the protection first.</source>
        <translation>ファイル「%1」は書き込み禁止になっています。Seika は上書きしません。別の名前を選ぶか、書き込み禁止を解除してください。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file; give a file name.</source>
        <translation>「%1」はファイルではなくフォルダーです。ファイル名を指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not a regular file, a device or a pipe; Seika does not write to it.</source>
        <translation>「%1」は通常のファイル、デバイス、パイプのいずれでもないため、Seika は書き込みません。</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: permission denied.</source>
        <translation>ファイル「%1」を書き込めません。書き込む権限がありません。</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: its folder does not exist.</source>
        <translation>ファイル「%1」を書き込めません。保存先のフォルダーがありません。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: the disk at %2 is full, and SQLite needs a little room next to the document to read it. Free some space and try again; the document is unchanged.</source>
        <translation>「%1」を読み込めません。%2 のディスクがいっぱいです（文書を読むにも、文書の隣にわずかな空きが必要です）。空きを作ってからやり直してください。文書は変更されていません。</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: the disk at %2 is full. Free some space there and try again; nothing was changed.</source>
        <translation>ファイル「%1」を書き込めません。%2 のディスクがいっぱいです。空きを作ってからやり直してください。何も変更されていません。</translation>
    </message>
    <message>
        <source>“%1” can be read but not changed: you have no permission to write this file. Seika opens it read-only; to change it, ask for write permission or save a copy.</source>
        <translation>「%1」は読み込めますが変更できません。このファイルへの書き込み権限がありません。Seika は読み取り専用で開きます。変更するには書き込み権限を依頼するか、コピーを保存してください。</translation>
    </message>
    <message>
        <source>“%1” can be read but not changed: Seika must be able to write in its folder %2 (where it keeps the document&apos;s journal while writing), and you may not. Seika opens it read-only.</source>
        <translation>「%1」は読み込めますが変更できません。書き込みの間、Seika は文書のフォルダー %2 にジャーナルを置く必要がありますが、このフォルダーへの書き込み権限がありません。Seika は読み取り専用で開きます。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Seika document; give the document&apos;s file name.</source>
        <translation>「%1」はフォルダーで、Seika の文書ではありません。文書のファイル名を指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not a server address Seika can use (%2). Write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>“%1” は Seika が使用できるサーバーのアドレスではありません（%2）。postgresql://USER@HOST:PORT/DATABASE の形式で指定してください。</translation>
    </message>
    <message>
        <source>The database server of “%1” cannot be reached. Check the address and the network, or ask the server&apos;s administrator. (%2)</source>
        <translation>“%1” のデータベースサーバーに接続できません。アドレスとネットワークを確認するか、サーバーの管理者に問い合わせてください。（%2）</translation>
    </message>
    <message>
        <source>The database server refused the user for “%1”. Check the user name and the password (in ~/.pgpass or PGPASSFILE). (%2)</source>
        <translation>“%1” のデータベースサーバーがユーザーを拒否しました。ユーザー名とパスワード（~/.pgpass または PGPASSFILE）を確認してください。（%2）</translation>
    </message>
    <message>
        <source>The server has no database for “%1”. Ask its administrator to create it (createdb), then run “seika-cli server init”.</source>
        <translation>“%1” のデータベースがサーバーにありません。管理者に作成を依頼し（createdb）、その後「seika-cli server init」を実行してください。</translation>
    </message>
    <message>
        <source>The database “%1” is not empty; a new Seika document goes only into an empty database. Nothing was changed.</source>
        <translation>データベース “%1” は空ではありません。新しい Seika の文書は空のデータベースにのみ作成できます。何も変更していません。</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>閲覧者</translation>
    </message>
    <message>
        <source>ward editor</source>
        <translation>区担当</translation>
    </message>
    <message>
        <source>city editor</source>
        <translation>市担当</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>no role in this document</source>
        <translation>この文書での役割なし</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Nothing in this document can be changed (%1).</source>
        <translation>この文書は変更できません（%1）。</translation>
    </message>
    <message>
        <source>Grades, directions and their reasons cannot be changed (%1).</source>
        <translation>評価区分・今後の方向性とその理由は変更できません（%1）。</translation>
    </message>
    <message>
        <source>Years cannot be locked or unlocked (%1).</source>
        <translation>年度の確定・確定解除はできません（%1）。</translation>
    </message>
    <message>
        <source>Surveys cannot be changed (%1).</source>
        <translation>調査は変更できません（%1）。</translation>
    </message>
    <message>
        <source>The document&apos;s settings, texts and wards cannot be changed (%1).</source>
        <translation>文書の設定・表題・区は変更できません（%1）。</translation>
    </message>
    <message>
        <source>The plan&apos;s structure and definitions cannot be changed (%1).</source>
        <translation>施策体系と指標の定義は変更できません（%1）。</translation>
    </message>
    <message>
        <source>Only an admin can add, change or remove users (%1).</source>
        <translation>利用者の追加・変更・削除は管理者だけができます（%1）。</translation>
    </message>
    <message>
        <source>The server refused the change: it is not permitted (%1). Nothing was changed.</source>
        <translation>サーバーが変更を拒否しました。この操作の権限がありません（%1）。何も変更していません。</translation>
    </message>
    <message>
        <source>“%1” is a file; users and roles exist only for a document on a server (postgresql://…). A file&apos;s user may change everything in it.</source>
        <translation>「%1」はファイルです。利用者と役割はサーバー上の文書（postgresql://…）にだけあります。ファイルの利用者はそのすべてを変更できます。</translation>
    </message>
    <message>
        <source>“%1” is not a user of this document.</source>
        <translation>「%1」はこの文書の利用者ではありません。</translation>
    </message>
    <message>
        <source>“%1” cannot be a database user&apos;s name: use letters, digits, _ and - (at most 63 characters).</source>
        <translation>「%1」はデータベースの利用者名にできません。英字、数字、_ と - を使ってください（63文字まで）。</translation>
    </message>
    <message>
        <source>Values for %1 cannot be entered (%2).</source>
        <translation>%1の値は入力できません（%2）。</translation>
    </message>
    <message>
        <source>The database server does not let this user create or grant the role “%1”: the database&apos;s owner needs CREATEROLE, or the server&apos;s administrator creates the role (docs/server.md). Nothing was changed.</source>
        <translation>データベースサーバーがこの利用者にロール「%1」の作成または付与を認めていません。データベースの所有者に CREATEROLE が必要です。またはサーバーの管理者がロールを作成してください（docs/server.md）。何も変更していません。</translation>
    </message>
    <message>
        <source>The user %1 has no role in this document. An admin adds users with “seika-cli admin add-user”.</source>
        <translation>利用者 %1 にはこの文書での役割がありません。管理者が「seika-cli admin add-user」で利用者を追加します。</translation>
    </message>
    <message>
        <source>the value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>the grade</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>the direction</source>
        <translation>方向性</translation>
    </message>
    <message>
        <source>the reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>the entry</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Someone else changed %1 of %2: %3 at %4. Stored now: %5; yours: %6. Your change was not saved.</source>
        <translation>他の人が%2の%1を変更しました（%3、%4）。保存されている値: %5、あなたの値: %6。あなたの変更は保存されていません。</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>他の利用者</translation>
    </message>
    <message>
        <source>locked (確定)</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Seika is still waiting for the server of “%1” to answer; this change was not saved. Make it again when the server has answered.</source>
        <translation>Seika は “%1” のサーバーの応答をまだ待っています。この変更は保存されていません。サーバーが応答してから、もう一度行ってください。</translation>
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
    <message>
        <source>%1 (sum of the wards)</source>
        <translation>%1（各区の合計）</translation>
    </message>
</context>
<context>
    <name>seika::core::PlanImport</name>
    <message>
        <source>(the city&apos;s figure)</source>
        <translation>（市全体の値）</translation>
    </message>
    <message>
        <source>current</source>
        <translation>現行</translation>
    </message>
    <message>
        <source>basic policy</source>
        <translation>基本政策</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>成果指標</translation>
    </message>
    <message>
        <source>code</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>direct goal</source>
        <translation>直接目標</translation>
    </message>
    <message>
        <source>programmes</source>
        <translation>主な事務事業</translation>
    </message>
    <message>
        <source>number</source>
        <translation>指標番号</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>better direction</source>
        <translation>望ましい方向</translation>
    </message>
    <message>
        <source>decimals</source>
        <translation>小数桁数</translation>
    </message>
    <message>
        <source>numerator label</source>
        <translation>分子の名称</translation>
    </message>
    <message>
        <source>denominator label</source>
        <translation>分母の名称</translation>
    </message>
    <message>
        <source>numerator unit</source>
        <translation>分子の単位</translation>
    </message>
    <message>
        <source>source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>calculation method</source>
        <translation>算出方法</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>指標の考え方</translation>
    </message>
    <message>
        <source>rationale for the targets</source>
        <translation>目標値の考え方</translation>
    </message>
    <message>
        <source>baselines</source>
        <translation>現状値</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>目標値</translation>
    </message>
    <message>
        <source>adds the %1 %2</source>
        <translation>%1「%2」を追加</translation>
    </message>
    <message>
        <source>changes the %1 of the %2 %3: %4 → %5</source>
        <translation>%2「%3」の%1を変更: %4 → %5</translation>
    </message>
    <message>
        <source>“%1” differs from line %2, which gives “%3” for the same %4.</source>
        <translation>「%1」は、同じ%4について「%3」とする%2行目と一致しません。</translation>
    </message>
    <message>
        <source>“%1” is not a kind of record: use basic_policy, policy, measure or indicator (基本政策, 政策, 施策, 指標).</source>
        <translation>「%1」は種別ではありません。basic_policy、policy、measure、indicator（基本政策、政策、施策、指標）のいずれかを書いてください。</translation>
    </message>
    <message>
        <source>The row is marked “%1”, but the deepest record it names is a %2.</source>
        <translation>種別は「%1」ですが、この行が示す最も下の階層は%2です。</translation>
    </message>
    <message>
        <source>The row names no basic policy, policy, measure or indicator: give a code or a title.</source>
        <translation>この行は基本政策・政策・施策・成果指標のいずれも示していません。番号または名称を書いてください。</translation>
    </message>
    <message>
        <source>There is no %1 “%2” in the document; give its title to add it.</source>
        <translation>文書に%1「%2」はありません。追加するには名称を書いてください。</translation>
    </message>
    <message>
        <source>The new %1 “%2” needs its %3: name it in the same row.</source>
        <translation>新しい%1「%2」には%3が必要です。同じ行に書いてください。</translation>
    </message>
    <message>
        <source>More than one %1 has the title “%2”; name it by its code.</source>
        <translation>名称が「%2」の%1が複数あります。番号で指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not a kind of indicator: use ratio, survey_share, count or value (比率, 意識調査, 件数, 値).</source>
        <translation>「%1」は成果指標の種類ではありません。ratio、survey_share、count、value（比率、意識調査、件数、値）のいずれかを書いてください。</translation>
    </message>
    <message>
        <source>“%1” is not a direction: use higher or lower (高い, 低い).</source>
        <translation>「%1」は望ましい方向ではありません。higher または lower（高い、低い）を書いてください。</translation>
    </message>
    <message>
        <source>“%1” is not an indicator number: use 1, 2, 3 … or ①, ②, ③ ….</source>
        <translation>「%1」は指標番号ではありません。1, 2, 3 … または ①, ②, ③ … を書いてください。</translation>
    </message>
    <message>
        <source>“%1” is not a number of decimals: use a whole number from 0 to 9.</source>
        <translation>「%1」は小数桁数ではありません。0 から 9 までの整数を書いてください。</translation>
    </message>
    <message>
        <source>A baseline needs its fiscal year (the column baseline_fiscal_year, 現状値年度).</source>
        <translation>現状値には年度が必要です（列 baseline_fiscal_year、現状値年度）。</translation>
    </message>
    <message>
        <source>The row fills indicator columns but names no indicator: give its name (indicator_name, 指標名) or its code.</source>
        <translation>この行には成果指標の列に値がありますが、成果指標が示されていません。名称（indicator_name、指標名）またはコードを書いてください。</translation>
    </message>
    <message>
        <source>The measure would have two indicators numbered %1: %2 and %3.</source>
        <translation>施策に番号%1の成果指標が二つになります: %2 と %3。</translation>
    </message>
</context>
<context>
    <name>seika::core::ResponsesImport</name>
    <message>
        <source>The row has %1 fields, but the header has %2.</source>
        <translation>この行の項目数は%1ですが、見出し行の項目数は%2です。</translation>
    </message>
    <message>
        <source>The attribute is empty, so the respondent belongs to no group.</source>
        <translation>属性が空欄のため、回答者がどの区分にも入りません。</translation>
    </message>
    <message>
        <source>“%1” is not an answer code: write the category&apos;s number (1, 2, …).</source>
        <translation>「%1」は回答コードではありません。選択肢の番号（1, 2, …）を書いてください。</translation>
    </message>
    <message>
        <source>The code %1 is out of range: the question has the categories 1 to %2.</source>
        <translation>コード %1 は範囲外です。設問の選択肢は 1～%2 です。</translation>
    </message>
    <message>
        <source>The question takes a single answer (S.A.), but the row gives several codes.</source>
        <translation>単一回答（S.A.）の設問ですが、この行には複数のコードがあります。</translation>
    </message>
    <message>
        <source>The code %1 is given twice in one answer.</source>
        <translation>コード %1 が1つの回答に2回あります。</translation>
    </message>
    <message>
        <source>The weight is empty; every respondent needs a positive weight.</source>
        <translation>重みが空欄です。回答者ごとに正の重みが必要です。</translation>
    </message>
    <message>
        <source>The weight “%1” is not a positive number.</source>
        <translation>重み「%1」は正の数ではありません。</translation>
    </message>
</context>
<context>
    <name>seika::core::StoreInterrupt</name>
    <message>
        <source>the server did not answer, and Seika stopped waiting for it</source>
        <translation>サーバーが応答せず、Seika は応答を待つのをやめました</translation>
    </message>
</context>
<context>
    <name>seika::core::SurveyStats</name>
    <message>
        <source>significant change</source>
        <translation>有意な変化</translation>
    </message>
    <message>
        <source>within sampling error</source>
        <translation>誤差の範囲内</translation>
    </message>
    <message>
        <source>%1: n unknown</source>
        <translation>%1: n 不明</translation>
    </message>
    <message>
        <source>%1: %2 (z = %3)</source>
        <translation>%1: %2（z = %3）</translation>
    </message>
    <message>
        <source>%1: z = %2, p %3, %4</source>
        <translation>%1: z = %2、p %3、%4</translation>
    </message>
    <message>
        <source>%1 (assumed)</source>
        <translation>%1（仮定）</translation>
    </message>
    <message>
        <source>n = %1 is assumed</source>
        <translation>n = %1 は仮定</translation>
    </message>
    <message>
        <source>%1: %2 (z = %3; %4)</source>
        <translation>%1: %2（z = %3、%4）</translation>
    </message>
    <message>
        <source> (n = %1, assumed)</source>
        <translation> (n = %1、仮定)</translation>
    </message>
</context>
<context>
    <name>seika::ui::AuditModel</name>
    <message>
        <source>Set value</source>
        <translation>値の入力</translation>
    </message>
    <message>
        <source>Clear value</source>
        <translation>値の削除</translation>
    </message>
    <message>
        <source>Indicator definition</source>
        <translation>成果指標の定義</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Lock year</source>
        <translation>年度の確定</translation>
    </message>
    <message>
        <source>Unlock year</source>
        <translation>年度の確定解除</translation>
    </message>
    <message>
        <source>Wards</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>時点</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>達成状況区分</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>今後の方向性</translation>
    </message>
    <message>
        <source>Grade reasons</source>
        <translation>達成状況の理由</translation>
    </message>
    <message>
        <source>Direction reasons</source>
        <translation>今後の方向性の理由</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Calculation method</source>
        <translation>算出方法</translation>
    </message>
    <message>
        <source>Indicator rationale</source>
        <translation>指標の考え方</translation>
    </message>
    <message>
        <source>Target rationale</source>
        <translation>目標値の考え方</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>小数点以下の桁数</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Better direction</source>
        <translation>望ましい方向</translation>
    </message>
    <message>
        <source>Numerator label</source>
        <translation>分子の名称</translation>
    </message>
    <message>
        <source>Denominator label</source>
        <translation>分母の名称</translation>
    </message>
    <message>
        <source>Numerator unit</source>
        <translation>分子の単位</translation>
    </message>
    <message>
        <source>Baselines</source>
        <translation>現状値</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目標値</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>変更後</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1 (%2)</source>
        <translation>%1 から（%2）</translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed</source>
        <translation>追加 %1、変更 %2、削除 %3</translation>
    </message>
    <message>
        <source>%1 of its %2 entries match the filter.</source>
        <translation>明細 %2 件のうち %1 件が絞り込み条件に一致します。</translation>
    </message>
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
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>調査</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>順序</translation>
    </message>
    <message>
        <source>Direct goal</source>
        <translation>直接目標</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>主な事務事業</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>自治体名</translation>
    </message>
    <message>
        <source>Report footer</source>
        <translation>報告書のフッター</translation>
    </message>
</context>
<context>
    <name>seika::ui::AuditView</name>
    <message>
        <source>Audit Log</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>成果指標(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>地域(&amp;A):</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>すべての年度</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>すべての成果指標</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>すべての地域</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>変更履歴を読み込めませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n件の変更</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded changes</source>
        <translation>記録された変更</translation>
    </message>
</context>
<context>
    <name>seika::ui::BaselineTableModel</name>
    <message>
        <source>The baseline the evaluation compares with (現状値)</source>
        <translation>評価で比較の基準となる現状値</translation>
    </message>
    <message>
        <source>Take the value from the city&apos;s observation of that year, so that it is never typed twice</source>
        <translation>同じ年度の市全体の実績値を現状値として使用します（同じ値を二重に入力せずに済みます）</translation>
    </message>
    <message>
        <source>%1 (derived)</source>
        <translation>%1（実績連動）</translation>
    </message>
    <message>
        <source>(derived: no observation for %1)</source>
        <translation>（実績連動: %1の実績値がありません）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>現行</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>実績連動</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Baseline %1, %2: %3</source>
        <translation>現状値（%1行目）の%2: %3</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>%1 already has a baseline (row %2).</source>
        <translation>%1の現状値は既にあります（%2行目）。</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>seika::ui::ChartPanel</name>
    <message>
        <source>&amp;Grayscale</source>
        <translation>グレースケール(&amp;G)</translation>
    </message>
    <message>
        <source>Patterns and line styles for monochrome printing</source>
        <translation>モノクロ印刷用に、模様と線種で描き分けます</translation>
    </message>
    <message>
        <source>Show the denominator (such as the total households) as bars too</source>
        <translation>分母（総世帯数など）も棒グラフで表示します</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>SVGでエクスポート(&amp;S)…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>PDFでエクスポート(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>グラフをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>成果指標(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>地域(&amp;A):</translation>
    </message>
    <message>
        <source>All wards</source>
        <translation>全区</translation>
    </message>
    <message>
        <source>Select a measure to see the charts of its indicators.</source>
        <translation>施策を選択すると、成果指標のグラフが表示されます。</translation>
    </message>
    <message>
        <source>This measure has no indicators to chart.</source>
        <translation>この施策には、グラフを表示できる成果指標がありません。</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>グラフのエクスポート</translation>
    </message>
    <message>
        <source>The chart could not be written to “%1”.</source>
        <translation>グラフを「%1」に書き出せませんでした。</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG画像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG画像 (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Export as P&amp;NG…</source>
        <translation>PNGでエクスポート(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Print Chart…</source>
        <translation>グラフを印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print &amp;All Charts of the Measure…</source>
        <translation>施策のすべてのグラフを印刷(&amp;A)…</translation>
    </message>
    <message>
        <source>Print the chart shown (its indicator and area) on one page, after a preview</source>
        <translation>表示中のグラフ（成果指標と地域）を、印刷プレビューで確認して1ページに印刷します</translation>
    </message>
    <message>
        <source>Print the charts of every indicator of this measure, one to a page</source>
        <translation>この施策のすべての成果指標のグラフを、1ページに1つずつ印刷します</translation>
    </message>
    <message>
        <source>Print All Charts</source>
        <translation>すべてのグラフの印刷</translation>
    </message>
    <message>
        <source>Print Chart</source>
        <translation>グラフの印刷</translation>
    </message>
    <message>
        <source>The charts could not be written to “%1”.</source>
        <translation>グラフを「%1」に書き出せませんでした。</translation>
    </message>
    <message>
        <source>Sho&amp;w totals</source>
        <translation>総数を表示(&amp;W)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>エクスポート(&amp;X)</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>グラフ</translation>
    </message>
</context>
<context>
    <name>seika::ui::ChartPrinter</name>
    <message>
        <source>Printed %1</source>
        <translation>印刷日: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2ページ</translation>
    </message>
</context>
<context>
    <name>seika::ui::ClearButton</name>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
</context>
<context>
    <name>seika::ui::ConflictDialog</name>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向性</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Someone else changed this value</source>
        <translation>他の人がこの値を変更しました</translation>
    </message>
    <message>
        <source>Since this window read the document, another user has changed what you just edited. Your change has not been saved. Choose which value to keep.</source>
        <translation>このウィンドウが文書を読み込んだ後に、他の利用者があなたの編集した箇所を変更しました。あなたの変更はまだ保存されていません。どちらの値を残すか選んでください。</translation>
    </message>
    <message>
        <source>Row:</source>
        <translation>対象:</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>項目:</translation>
    </message>
    <message>
        <source>Your value:</source>
        <translation>あなたの値:</translation>
    </message>
    <message>
        <source>Stored value:</source>
        <translation>保存されている値:</translation>
    </message>
    <message>
        <source>Changed by:</source>
        <translation>変更した人:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>他の利用者</translation>
    </message>
    <message>
        <source>Keep mine (overwrite)</source>
        <translation>自分の値を保存（上書き）</translation>
    </message>
    <message>
        <source>Save your value over the stored one, as a new step that can be undone.</source>
        <translation>あなたの値を保存されている値に上書きします（元に戻せる新しい操作になります）。</translation>
    </message>
    <message>
        <source>Keep the stored value</source>
        <translation>保存されている値を残す</translation>
    </message>
    <message>
        <source>Keep what is stored; your value is dropped.</source>
        <translation>保存されている値をそのまま残し、あなたの値は破棄します。</translation>
    </message>
</context>
<context>
    <name>seika::ui::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>サーバーに接続</translation>
    </message>
    <message>
        <source>Open a Seika document in a PostgreSQL database. Seika never stores a password: type it below for this connection, or keep it in ~/.pgpass.</source>
        <translation>PostgreSQL データベースにある Seika の文書を開きます。Seika はパスワードを保存しません。この接続のためにここに入力するか、~/.pgpass に書いておいてください。</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>サーバーのホスト</translation>
    </message>
    <message>
        <source>db.city.example (empty: this computer)</source>
        <translation>db.city.example（空欄: このコンピューター）</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>サーバーのポート</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>kawasaki_plan</source>
        <translation>kawasaki_plan</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D):</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>empty: your login name</source>
        <translation>空欄: ログイン名</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>empty: ~/.pgpass, or asked when needed</source>
        <translation>空欄: ~/.pgpass を使うか、必要なときに尋ねます</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>TLS mode (sslmode)</source>
        <translation>TLS モード（sslmode）</translation>
    </message>
    <message>
        <source>libpq&apos;s default (prefer)</source>
        <translation>libpq の既定（prefer）</translation>
    </message>
    <message>
        <source>verify-full checks the server&apos;s certificate and name: use it across a network.</source>
        <translation>verify-full はサーバーの証明書と名前を確かめます。ネットワーク越しにはこれを使ってください。</translation>
    </message>
    <message>
        <source>&amp;TLS (sslmode):</source>
        <translation>TLS（sslmode）(&amp;T):</translation>
    </message>
    <message>
        <source>More libpq settings</source>
        <translation>その他の libpq 設定</translation>
    </message>
    <message>
        <source>sslrootcert=/etc/ssl/city-ca.pem connect_timeout=5</source>
        <translation>sslrootcert=/etc/ssl/city-ca.pem connect_timeout=5</translation>
    </message>
    <message>
        <source>Further libpq settings as key=value, separated by spaces or “&amp;”.</source>
        <translation>そのほかの libpq 設定を key=value の形で、空白または「&amp;」で区切って書きます。</translation>
    </message>
    <message>
        <source>&amp;More settings:</source>
        <translation>その他の設定(&amp;M):</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>サーバーの URL</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full</source>
        <translation>postgresql://ユーザー@ホスト:ポート/データベース?sslmode=verify-full</translation>
    </message>
    <message>
        <source>The same connection as a URL: paste one here to fill the fields.</source>
        <translation>同じ接続を URL で表したものです。URL を貼り付けると各欄に入ります。</translation>
    </message>
    <message>
        <source>U&amp;RL:</source>
        <translation>URL(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>“%1” is not a setting: write key=value.</source>
        <translation>「%1」は設定ではありません。key=value の形で書いてください。</translation>
    </message>
    <message>
        <source>Give the database that holds the document.</source>
        <translation>文書のあるデータベースを指定してください。</translation>
    </message>
    <message>
        <source>Write a URL as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>URL は postgresql://ユーザー@ホスト:ポート/データベース の形で書いてください。</translation>
    </message>
</context>
<context>
    <name>seika::ui::CsvExportDialog</name>
    <message>
        <source>Export CSV</source>
        <translation>CSVの書き出し</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>成果指標</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目標値</translation>
    </message>
    <message>
        <source>Yearly figures</source>
        <translation>年度別の値</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>表(&amp;T):</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel)</source>
        <translation>UTF-8（BOM付き・Excel向け）</translation>
    </message>
    <message>
        <source>UTF-8 without BOM</source>
        <translation>UTF-8（BOMなし）</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932)</source>
        <translation>Shift_JIS（CP932）</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Replace characters Shift_JIS cannot hold with</source>
        <translation>Shift_JISで書けない文字を次の文字に置き換える(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: %n character(s) cannot be written in Shift_JIS.</source>
        <translation>
            <numerusform>書き出していません。Shift_JISで書けない文字が%n個あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1, column %2 (%3): “%4”</source>
        <translation>%1行目、%2列目（%3）:「%4」</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>…ほか%1件。</translation>
    </message>
    <message>
        <source>Tick the replacement, or choose UTF-8.</source>
        <translation>置き換えを選ぶか、UTF-8を選んでください。</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>書き出す(&amp;X)…</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>調査</translation>
    </message>
    <message>
        <source>Plan (policies, measures, indicators)</source>
        <translation>施策体系（政策・施策・成果指標）</translation>
    </message>
    <message>
        <source>Long: one figure per row (for import)</source>
        <translation>縦持ち: 1行に1つの値（読み込み用）</translation>
    </message>
    <message>
        <source>Wide: one column per fiscal year (for reading and charts)</source>
        <translation>横持ち: 年度ごとに1列（閲覧・グラフ用）</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>レイアウト(&amp;L):</translation>
    </message>
    <message>
        <source>Japanese (指標コード, 年度, 地域 …)</source>
        <translation>日本語（指標コード、年度、地域 …）</translation>
    </message>
    <message>
        <source>English (indicator, fiscal_year, area …)</source>
        <translation>英語（indicator, fiscal_year, area …）</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>見出し行(&amp;H):</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>BOM付きUTF-8</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2 (%3).</source>
        <translation>%2 に %1 行を書き出しました（%3）。</translation>
    </message>
    <message>
        <source>Replacement character</source>
        <translation>置き換える文字</translation>
    </message>
    <message>
        <source>Writing the CSV file…</source>
        <translation>CSVファイルを書き出しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Writing the CSV file… %1</source>
        <translation>CSVファイルを書き出しています… %1</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>書き出しを中止しました。ファイルは書き出されていません。</translation>
    </message>
</context>
<context>
    <name>seika::ui::CsvFindingModel</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>seika::ui::CsvImportWizard</name>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（BOM付き）</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932)</source>
        <translation>Shift_JIS（CP932）</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>セミコロン（;）</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>カンマ（,）</translation>
    </message>
    <message>
        <source>Indicator (code or name)</source>
        <translation>成果指標（コードまたは名称）</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Area (a ward; empty = the whole city)</source>
        <translation>地域（区。空欄は市全体）</translation>
    </message>
    <message>
        <source>Numerator (e.g. member households)</source>
        <translation>分子（加入世帯数など）</translation>
    </message>
    <message>
        <source>Denominator (e.g. all households)</source>
        <translation>分母（総世帯数など）</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>As of (date)</source>
        <translation>基準日</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標値</translation>
    </message>
    <message>
        <source>Comparator (以上 / 以下)</source>
        <translation>比較（以上／以下）</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSVの取り込み</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>Save &amp;Report…</source>
        <translation>確認結果を保存(&amp;R)…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>ファイルの選択</translation>
    </message>
    <message>
        <source>A CSV file from Excel, the open-data portal or a Seika export. Nothing is changed until the last step, after a dry run.</source>
        <translation>Excel、オープンデータポータル、Seikaの書き出しなどのCSVファイルを選びます。最後の手順で試行（ドライラン）の結果を確認して取り込むまで、文書は変更されません。</translation>
    </message>
    <message>
        <source>Yearly figures (実績値)</source>
        <translation>年度別の値（実績値）</translation>
    </message>
    <message>
        <source>Targets (目標値)</source>
        <translation>目標値</translation>
    </message>
    <message>
        <source>&amp;Contents:</source>
        <translation>内容(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>%1 bytes, changed %2</source>
        <translation>%1バイト、更新日時 %2</translation>
    </message>
    <message>
        <source>Encoding and delimiter</source>
        <translation>文字コードと区切り文字</translation>
    </message>
    <message>
        <source>Check that the Japanese text reads correctly below. Excel on Japanese Windows saves “CSV” as Shift_JIS and “CSV UTF-8” as UTF-8 with BOM.</source>
        <translation>下のプレビューで日本語が正しく表示されていることを確認してください。日本語版WindowsのExcelは「CSV」をShift_JISで、「CSV UTF-8」をBOM付きUTF-8で保存します。</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自動判定</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>区切り文字(&amp;D):</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列の対応</translation>
    </message>
    <message>
        <source>Which column holds which field. Seika finds its own and the Japanese column names by itself and remembers your choice for files with these columns. Fields marked * are required.</source>
        <translation>各項目がファイルのどの列にあるかを指定します。Seikaの列名と日本語の列名は自動で認識し、同じ列構成のファイルには前回の選択を使います。*の項目は必須です。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;項目&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Column of the file&lt;/b&gt;</source>
        <translation>&lt;b&gt;ファイルの列&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;First row&lt;/b&gt;</source>
        <translation>&lt;b&gt;1行目の値&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>試行（ドライラン）</translation>
    </message>
    <message>
        <source>Every row checked against the document, nothing changed yet. Errors must be corrected in the file; warnings are for you to judge.</source>
        <translation>すべての行を文書と照合しました（まだ何も変更していません）。エラーはファイルを修正してください。警告は内容を確認して判断してください。</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>中止(&amp;T)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSVファイル (*.csv *.txt *.tsv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（ファイルにない）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose the column of: %1.</source>
        <translation>次の項目の列を選んでください: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The column “%1” is chosen for both %2 and %3.</source>
        <translation>列「%1」が「%2」と「%3」の両方に選ばれています。</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>すべての行を確認しています…</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>このファイルは取り込めません: %1</translation>
    </message>
    <message>
        <source>Rows read: %1 · valid: %2 · with errors: %3 · warnings: %4</source>
        <translation>読み込んだ行: %1 ・ 正常: %2 ・ エラーのある行: %3 ・ 警告: %4</translation>
    </message>
    <message>
        <source>Nothing to import: the document holds these figures already.</source>
        <translation>取り込む変更はありません。文書には既にこれらの値があります。</translation>
    </message>
    <message>
        <source>With errors nothing is imported. Correct the file and run it again, or import only the valid rows.</source>
        <translation>エラーがあるため、このままでは何も取り込みません。ファイルを修正してもう一度実行するか、正常な行だけを取り込んでください。</translation>
    </message>
    <message>
        <source>Import writes the changes as one step; Edit ▸ Undo takes it back.</source>
        <translation>取り込みは1回の操作として記録され、編集 ▸ 元に戻す で取り消せます。</translation>
    </message>
    <message>
        <source>Import only the %1 valid row(s); skip the rows with errors</source>
        <translation>正常な%1行だけを取り込む（エラーのある行は取り込まない）</translation>
    </message>
    <message>
        <source>-check.csv</source>
        <translation>-確認結果.csv</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>確認結果の保存</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>「%1」の取り込み</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>何も取り込んでいません: %1</translation>
    </message>
    <message>
        <source>Detect: %1</source>
        <translation>自動判定: %1</translation>
    </message>
    <message>
        <source>Importing %1 rows…</source>
        <translation>%1行を取り込んでいます…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>取り込みを中止しました。何も変更していません。</translation>
    </message>
    <message>
        <source>Figure source (sum_of_wards rows are skipped)</source>
        <translation>値の由来（sum_of_wards の行は取り込みません）</translation>
    </message>
    <message>
        <source>%1 row(s) hold a city figure that is the sum of the wards; they are not imported (the wards&apos; rows carry it).</source>
        <translation>%1行は各区の合計である市全体の値のため、取り込みません（各区の行が元の値です）。</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>先頭行のプレビュー</translation>
    </message>
    <message>
        <source>Findings of the dry run</source>
        <translation>試行の結果</translation>
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
        <translation>「%1」は使用中です。読み取り専用で開きますか？</translation>
    </message>
    <message>
        <source>This document is open read-only: another Seika window or process has it.</source>
        <translation>この文書は読み取り専用で開かれています。別のSeikaのウィンドウまたはプロセスが使用中です。</translation>
    </message>
    <message>
        <source>Upgrade “%1” to the new format?</source>
        <translation>「%1」を新しい形式に更新しますか？</translation>
    </message>
    <message>
        <source>It was written by an older version of Seika (document version %1). It must be upgraded before it can be changed, and older versions of Seika will not open it afterwards. No opens it read-only, as it is.</source>
        <translation>以前の版の Seika で作成された文書です（文書バージョン %1）。変更するには更新が必要です。更新後は以前の版の Seika では開けなくなります。「いいえ」を選ぶと、そのまま読み取り専用で開きます。</translation>
    </message>
    <message>
        <source>This document is open read-only in the format of an older Seika; upgrade it (open it again and answer Yes) to change it.</source>
        <translation>この文書は以前の版の Seika の形式のまま、読み取り専用で開かれています。変更するには更新してください（もう一度開いて「はい」を選びます）。</translation>
    </message>
    <message>
        <source>The server refused the connection (%1). If it needs a password, type it: Seika uses it for this connection only and never keeps it. To connect without typing it, put it in ~/.pgpass.</source>
        <translation>サーバーが接続を拒否しました（%1）。パスワードが必要な場合は入力してください。Seika はパスワードをこの接続にだけ使い、保存しません。入力せずに接続するには ~/.pgpass に書いてください。</translation>
    </message>
    <message>
        <source>The server refused the user or the password (%1).</source>
        <translation>サーバーがユーザーまたはパスワードを拒否しました（%1）。</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 のパスワード:</translation>
    </message>
    <message>
        <source>The server does not answer while “%1” is being upgraded. Stop waiting (Esc) to leave the document as it was.</source>
        <translation>「%1」の更新中にサーバーが応答しません。「待つのをやめる」（Esc）で待機をやめると、文書は更新前のままになります。</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>待つのをやめる</translation>
    </message>
</context>
<context>
    <name>seika::ui::DocumentSession</name>
    <message>
        <source>the server does not answer</source>
        <translation>サーバーが応答しません</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>%1 として接続しています。</translation>
    </message>
    <message>
        <source>A viewer reads everything and changes nothing.</source>
        <translation>閲覧者はすべてを閲覧でき、何も変更できません。</translation>
    </message>
    <message>
        <source>A ward editor enters the figures of their own wards (%1); the city&apos;s figures, other wards, grades, surveys, locks and the plan are shown but cannot be changed.</source>
        <translation>区担当は自分の区（%1）の数値を入力します。市全体の数値、他の区、評価、調査、確定、施策体系は表示されますが、変更できません。</translation>
    </message>
    <message>
        <source>A city editor enters every area&apos;s figures, grades and reasons, surveys, and locks and unlocks years; the plan&apos;s structure, indicators and settings are the admins&apos;.</source>
        <translation>市担当はすべての地域の数値、評価と理由、調査を入力し、年度の確定と確定解除ができます。施策体系、成果指標、設定の変更は管理者が行います。</translation>
    </message>
    <message>
        <source>An admin may change everything in the plan, and its users.</source>
        <translation>管理者は計画のすべてと利用者を変更できます。</translation>
    </message>
</context>
<context>
    <name>seika::ui::DocumentSettingsDialog</name>
    <message>
        <source>Document Settings</source>
        <translation>文書の設定</translation>
    </message>
    <message>
        <source>Wards</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Double-click or press F2 to rename a ward. The order is the order of the columns in the yearly values and of the wards in charts.</source>
        <translation>区の名前はダブルクリックまたはF2キーで変更できます。この並び順が、年度別の値の列とグラフの区の順になります。</translation>
    </message>
    <message>
        <source>&amp;Add Ward</source>
        <translation>区を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Ward</source>
        <translation>区を削除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下へ(&amp;D)</translation>
    </message>
    <message>
        <source>New ward</source>
        <translation>新しい区</translation>
    </message>
    <message>
        <source>Checks and years</source>
        <translation>チェックと年度</translation>
    </message>
    <message>
        <source>A figure that changes by more than this against the previous year is accepted with an outlier warning.</source>
        <translation>前年度からの変化がこの幅を超える値は、外れ値の警告付きで受け付けます。</translation>
    </message>
    <message>
        <source>&amp;Outlier band:</source>
        <translation>外れ値の幅(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;First fiscal year:</source>
        <translation>最初の年度(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Last fiscal year:</source>
        <translation>最後の年度(&amp;L):</translation>
    </message>
    <message>
        <source>Ward %1: the name must not be empty.</source>
        <translation>%1番目の区: 名前を入力してください。</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>The document&apos;s title: the window&apos;s title and the heading of printed reports.</source>
        <translation>文書の名称です。ウィンドウのタイトルと、印刷する報告書の見出しに使います。</translation>
    </message>
    <message>
        <source>e.g. 川崎市</source>
        <translation>例: 川崎市</translation>
    </message>
    <message>
        <source>Printed at the foot of every report page, e.g. the section that publishes it. Left empty, the title is printed.</source>
        <translation>報告書の各ページの下部に印刷します（例: 発行する所管課名）。空欄の場合は文書の名称を印刷します。</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>自治体名(&amp;M):</translation>
    </message>
    <message>
        <source>Report &amp;footer:</source>
        <translation>報告書のフッター(&amp;F):</translation>
    </message>
</context>
<context>
    <name>seika::ui::EditorButtons</name>
    <message>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
</context>
<context>
    <name>seika::ui::EvaluationEditor</name>
    <message>
        <source>Evaluation — %1 — %2</source>
        <translation>評価 — %1 — %2</translation>
    </message>
    <message>
        <source>%1
Fiscal year %2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Suggested grade</source>
        <translation>達成状況（提案）</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
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
        <source>← suggested</source>
        <translation>← 提案</translation>
    </message>
    <message>
        <source>Changes are refused until it is unlocked.</source>
        <translation>確定を解除するまで変更できません。</translation>
    </message>
    <message>
        <source>The chosen grade %1 differs from the suggested grade %2: give at least one reason.</source>
        <translation>決定した達成状況 %1 が提案された達成状況 %2 と異なります。理由を1つ以上記入してください。</translation>
    </message>
    <message>
        <source>The chosen grade %1 differs from the suggested grade %2.</source>
        <translation>決定した達成状況 %1 が提案された達成状況 %2 と異なります。</translation>
    </message>
    <message>
        <source>Edit Evaluation (%1)</source>
        <translation>評価の編集（%1）</translation>
    </message>
    <message>
        <source>Why this grade is suggested</source>
        <translation>この達成状況が提案される理由</translation>
    </message>
    <message>
        <source>%1: reasons</source>
        <translation>%1の理由</translation>
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
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Choose the grade and direction and write their reasons</source>
        <translation>達成状況と今後の方向性を選択し、その理由を記入します</translation>
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
    <message>
        <source>New basic policy</source>
        <translation>新しい基本政策</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>新しい政策</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>新しい施策</translation>
    </message>
    <message>
        <source>Could not change “%1”.</source>
        <translation>「%1」を変更できませんでした。</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>「%1」を変更</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>「%1」の名称を変更</translation>
    </message>
    <message>
        <source>Renumber %1 as %2</source>
        <translation>「%1」の番号を%2に変更</translation>
    </message>
    <message>
        <source>Could not add a %1.</source>
        <translation>%1を追加できませんでした。</translation>
    </message>
    <message>
        <source>Add basic policy %1</source>
        <translation>基本政策「%1」を追加</translation>
    </message>
    <message>
        <source>Add policy %1</source>
        <translation>政策「%1」を追加</translation>
    </message>
    <message>
        <source>Add measure %1</source>
        <translation>施策「%1」を追加</translation>
    </message>
    <message>
        <source>Could not add %1.</source>
        <translation>「%1」を追加できませんでした。</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>「%1」を移動</translation>
    </message>
    <message>
        <source>Could not move “%1”.</source>
        <translation>「%1」を移動できませんでした。</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>「%1」を削除</translation>
    </message>
    <message>
        <source>Could not remove “%1”.</source>
        <translation>「%1」を削除できませんでした。</translation>
    </message>
</context>
<context>
    <name>seika::ui::IndicatorChart</name>
    <message>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Expected path</source>
        <translation>目標までの想定推移</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標値</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>目標 %1</translation>
    </message>
    <message>
        <source>Baseline (%1)</source>
        <translation>現状値（%1）</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>現状値 %1</translation>
    </message>
    <message>
        <source>Target achieved</source>
        <translation>目標達成</translation>
    </message>
    <message>
        <source>Target not achieved</source>
        <translation>目標未達成</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>all wards</source>
        <translation>全区</translation>
    </message>
    <message>
        <source>Sum of the wards</source>
        <translation>各区の合計</translation>
    </message>
</context>
<context>
    <name>seika::ui::IndicatorEditor</name>
    <message>
        <source>ASCII letters, digits, &apos;-&apos; and &apos;_&apos;, starting with a letter; unique in the document. CSV files and seika-cli name the indicator by it.</source>
        <translation>半角英字で始まり、半角英数字と「-」「_」だけからなるコードです。文書内で一意にしてください。CSVファイルや seika-cli では、このコードで成果指標を指定します。</translation>
    </message>
    <message>
        <source>Ratio (numerator ÷ denominator)</source>
        <translation>率（分子 ÷ 分母）</translation>
    </message>
    <message>
        <source>Survey share (%)</source>
        <translation>アンケート回答の割合（%）</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>実数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>高いほど良い</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>低いほど良い</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定義</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>コード(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>単位(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Decimals:</source>
        <translation>小数点以下の桁数(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Better:</source>
        <translation>望ましい方向(&amp;B):</translation>
    </message>
    <message>
        <source>Num&amp;erator label:</source>
        <translation>分子の名称(&amp;E):</translation>
    </message>
    <message>
        <source>Denominat&amp;or label:</source>
        <translation>分母の名称(&amp;O):</translation>
    </message>
    <message>
        <source>Numerator un&amp;it:</source>
        <translation>分子の単位(&amp;I):</translation>
    </message>
    <message>
        <source>Texts of the sheet</source>
        <translation>シートの記載内容</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>出典(&amp;S):</translation>
    </message>
    <message>
        <source>Calculation &amp;method:</source>
        <translation>算出方法(&amp;M):</translation>
    </message>
    <message>
        <source>Indicator &amp;rationale:</source>
        <translation>指標の考え方(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Target rationale:</source>
        <translation>目標値の考え方(&amp;T):</translation>
    </message>
    <message>
        <source>Add Baseline</source>
        <translation>現状値を追加</translation>
    </message>
    <message>
        <source>Remove Baseline</source>
        <translation>現状値を削除</translation>
    </message>
    <message>
        <source>Baselines</source>
        <translation>現状値</translation>
    </message>
    <message>
        <source>The current baseline is the one the evaluation compares with. Tick Derived to take the value from the city&apos;s observation of that year.</source>
        <translation>「現行」の現状値が、評価で比較の基準になります。「実績連動」にチェックを入れると、その年度の市全体の実績値を現状値として使用します。</translation>
    </message>
    <message>
        <source>Add Target</source>
        <translation>目標値を追加</translation>
    </message>
    <message>
        <source>Remove Target</source>
        <translation>目標値を削除</translation>
    </message>
    <message>
        <source>Milestone targets</source>
        <translation>目標年度の目標値</translation>
    </message>
    <message>
        <source>Years may be typed as 2021, R3, H33 or 令和3年度. “As written” shows the target as the evaluation sheet prints it.</source>
        <translation>年度は 2021、R3、H33、令和3年度 のように入力できます。「シート上の表記」には、施策評価シートに記載される形で目標値が表示されます。</translation>
    </message>
    <message>
        <source>Measure: %1</source>
        <translation>施策: %1</translation>
    </message>
    <message>
        <source>Edit Indicator — %1</source>
        <translation>成果指標の編集 — %1</translation>
    </message>
    <message>
        <source>The code “%1” is already used by %2 %3; codes must be unique in a document.</source>
        <translation>コード「%1」は既に成果指標%2「%3」で使用されています。コードは文書内で一意にしてください。</translation>
    </message>
    <message>
        <source>This indicator is no longer in the document.</source>
        <translation>この成果指標は文書から削除されています。</translation>
    </message>
    <message>
        <source>Name: the name must not be empty.</source>
        <translation>名称: 名称を入力してください（空欄にはできません）。</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>コード: %1</translation>
    </message>
    <message>
        <source>Edit Indicator “%1”</source>
        <translation>成果指標「%1」の編集</translation>
    </message>
    <message>
        <source>The survey question whose 全体 share gives this indicator&apos;s city value in each survey&apos;s year. Those values are then corrected in the survey, not typed.</source>
        <translation>この成果指標の各調査年度の市全体の値となる、調査の設問（全体の割合）です。その値は入力せず、調査で修正します。</translation>
    </message>
    <message>
        <source>Survey &amp;question:</source>
        <translation>調査の設問(&amp;Q):</translation>
    </message>
    <message>
        <source>Answer ca&amp;tegory:</source>
        <translation>回答の選択肢(&amp;T):</translation>
    </message>
    <message>
        <source>None (values are typed)</source>
        <translation>なし（値を入力する）</translation>
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
    <message>
        <source>Change: %1</source>
        <translation>変化: %1</translation>
    </message>
    <message>
        <source>Since the baseline: %1</source>
        <translation>現状値からの変化: %1</translation>
    </message>
    <message>
        <source>No city figure is entered: the sum of the wards.</source>
        <translation>市全体の値は入力されていません。各区の合計です。</translation>
    </message>
    <message>
        <source>No city figure is entered: the sum of the wards, %1 %2 ÷ %3 %4</source>
        <translation>市全体の値は入力されていません。各区の合計：%1 %2 ÷ %3 %4</translation>
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
        <source>Select a measure to see its indicators and grades.</source>
        <translation>施策を選択すると、成果指標と達成状況が表示されます。</translation>
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
        <source>About Seika</source>
        <translation>Seikaのバージョン情報</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>グラフ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>操作履歴(&amp;H)</translation>
    </message>
    <message>
        <source>Show every change of this session; click one to go back to it</source>
        <translation>このセッションで行った操作をすべて表示します。操作をクリックすると、その時点まで戻ります</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>変更履歴(&amp;A)…</translation>
    </message>
    <message>
        <source>Show every recorded change: who changed what, when, from which value</source>
        <translation>記録されたすべての変更（誰が、いつ、何を、どの値から変更したか）を表示します</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>施策(&amp;M)</translation>
    </message>
    <message>
        <source>Edit &amp;Indicator…</source>
        <translation>成果指標を編集(&amp;I)…</translation>
    </message>
    <message>
        <source>Edit the definition, baselines and targets of the selected indicator</source>
        <translation>選択中の成果指標の定義・現状値・目標値を編集します</translation>
    </message>
    <message>
        <source>Edit &amp;Evaluation…</source>
        <translation>評価を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Choose the grade and direction of the selected measure for the selected fiscal year</source>
        <translation>選択中の年度について、選択中の施策の達成状況と今後の方向性を選択します</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Lock Year…</source>
        <translation>年度を確定(&amp;L)…</translation>
    </message>
    <message>
        <source>Confirm (確定) the selected fiscal year: its figures and evaluations cannot be changed until it is unlocked</source>
        <translation>選択中の年度を確定します。確定を解除するまで、その年度の値と評価は変更できません</translation>
    </message>
    <message>
        <source>&amp;Unlock Year…</source>
        <translation>年度の確定を解除(&amp;U)…</translation>
    </message>
    <message>
        <source>Allow changes to the selected fiscal year again</source>
        <translation>選択中の年度を再び変更できるようにします</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation>%1（確定済み）</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation>%1 [読み取り専用]</translation>
    </message>
    <message>
        <source>Could not write the council report “%1”.</source>
        <translation>議会報告用シート「%1」を書き出せませんでした。</translation>
    </message>
    <message>
        <source>Council report written to %1</source>
        <translation>議会報告用シートを書き出しました: %1</translation>
    </message>
    <message>
        <source>Could not show the council report.</source>
        <translation>議会報告用シートを表示できませんでした。</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>操作履歴</translation>
    </message>
    <message>
        <source>(as opened)</source>
        <translation>（開いた時点）</translation>
    </message>
    <message>
        <source>Lock %1?</source>
        <translation>%1を確定しますか？</translation>
    </message>
    <message>
        <source>Once locked (確定), the figures and evaluations of %1 cannot be changed until the year is unlocked. The lock records your name (%2) and the time.</source>
        <translation>確定すると、確定を解除するまで%1の値と評価は変更できなくなります。確定の際には、あなたの名前（%2）と日時が記録されます。</translation>
    </message>
    <message>
        <source>Lock %1</source>
        <translation>%1の確定</translation>
    </message>
    <message>
        <source>Could not lock %1.</source>
        <translation>%1を確定できませんでした。</translation>
    </message>
    <message>
        <source>%1 is locked.</source>
        <translation>%1を確定しました。</translation>
    </message>
    <message>
        <source>It was locked by %1 on %2. Unlocking allows its figures and evaluations to be changed again.</source>
        <translation>%2に%1が確定しました。確定を解除すると、この年度の値と評価を再び変更できるようになります。</translation>
    </message>
    <message>
        <source>Unlock %1?</source>
        <translation>%1の確定を解除しますか？</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>%1の確定解除</translation>
    </message>
    <message>
        <source>Could not unlock %1.</source>
        <translation>%1の確定を解除できませんでした。</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation>%1の確定を解除しました。</translation>
    </message>
    <message>
        <source>Document &amp;Settings…</source>
        <translation>文書の設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Edit the wards, the outlier band and the fiscal years of the document</source>
        <translation>文書の区、外れ値の幅、年度の範囲を編集します</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>「%1」を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>「%1」をやり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSVの取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>Read yearly figures or targets from a CSV file, after a dry run</source>
        <translation>CSVファイルから年度別の値や目標値を、試行（ドライラン）の後に取り込みます</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSVの書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>Write a table of this document as a CSV file for Excel</source>
        <translation>この文書の表をExcel用のCSVファイルとして書き出します</translation>
    </message>
    <message>
        <source>CSV imported; Edit ▸ Undo takes it back.</source>
        <translation>CSVを取り込みました。編集 ▸ 元に戻す で取り消せます。</translation>
    </message>
    <message>
        <source>&amp;Surveys…</source>
        <translation>調査(&amp;S)…</translation>
    </message>
    <message>
        <source>Enter survey breakdowns by question and see them charted</source>
        <translation>調査の設問ごとの内訳を入力し、グラフで確認します</translation>
    </message>
    <message>
        <source>Could not print the charts.</source>
        <translation>グラフを印刷できませんでした。</translation>
    </message>
    <message>
        <source>Could not print the council report.</source>
        <translation>議会報告用シートを印刷できませんでした。</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>変更を保存できませんでした。</translation>
    </message>
    <message>
        <source>Read the plan (施策体系: policies, measures, indicators) from a CSV file, after a dry run</source>
        <translation>CSVファイルから施策体系（政策・施策・成果指標）を試行のうえで読み込む</translation>
    </message>
    <message>
        <source>Plan imported; Edit ▸ Undo takes it back.</source>
        <translation>施策体系を取り込みました。編集 ▸ 元に戻す で取り消せます。</translation>
    </message>
    <message>
        <source>Plan &amp;Overview</source>
        <translation>施策評価結果一覧(&amp;O)</translation>
    </message>
    <message>
        <source>Show every measure of the plan with its grades for the fiscal year</source>
        <translation>計画の全施策と年度の達成状況を一覧で表示します</translation>
    </message>
    <message>
        <source>Council Report for the &amp;Whole Plan…</source>
        <translation>計画全体の議会報告書(&amp;W)…</translation>
    </message>
    <message>
        <source>Write one PDF for the fiscal year: contents, the plan overview and every measure&apos;s evaluation sheet, with page numbers</source>
        <translation>年度の目次、施策評価結果一覧、全施策の施策評価シートを、ページ番号付きの1つのPDFに書き出します</translation>
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
        <translation>表示言語を変更できませんでした。</translation>
    </message>
    <message>
        <source>The translation for “%1” is missing from this build.</source>
        <translation>このビルドには「%1」の翻訳が含まれていません。</translation>
    </message>
    <message>
        <source>Ove&amp;rview</source>
        <translation>概要(&amp;R)</translation>
    </message>
    <message>
        <source>Yearly Va&amp;lues</source>
        <translation>年度別の値(&amp;L)</translation>
    </message>
    <message>
        <source>Char&amp;t</source>
        <translation>グラフ(&amp;T)</translation>
    </message>
    <message>
        <source>Import P&amp;lan…</source>
        <translation>施策体系の取り込み(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Council Report…</source>
        <translation>議会報告用シート(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Lock %1…</source>
        <translation>%1を確定(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Unlock %1…</source>
        <translation>%1の確定を解除(&amp;U)…</translation>
    </message>
    <message>
        <source>Lock it anyway, or say No and fill them in first.</source>
        <translation>このまま確定できます。先に入力する場合は「いいえ」を選んでください。</translation>
    </message>
    <message>
        <source>Preview the evaluation sheet of the selected measure (or the plan overview), then print it or save it as a PDF on A4 or A3</source>
        <translation>選択中の施策の施策評価シート（または施策評価結果一覧）を印刷プレビューで確認し、印刷するかA4・A3のPDFで保存します</translation>
    </message>
    <message>
        <source>Fi&amp;scal year:</source>
        <translation>年度(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Undo: %1…</source>
        <translation>元に戻す: %1…(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo: %1…</source>
        <translation>やり直す: %1…(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Choose the language, how years are shown, the paper, the CSV encoding, grayscale charts and the outlier band of new documents</source>
        <translation>言語、年度の表示、用紙、CSVの文字コード、グラフのグレースケール、新しい文書の外れ値の幅を選びます</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>設定を保存しました。</translation>
    </message>
    <message>
        <source>This document is open read-only.</source>
        <translation>この文書は読み取り専用で開かれています。</translation>
    </message>
    <message>
        <source>Measure overview</source>
        <translation>施策の概要</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>操作履歴</translation>
    </message>
    <message>
        <source>No licence has been granted yet (%1); see the copyright file that comes with Seika.</source>
        <translation>まだライセンスは付与されていません（%1）。Seika に付属の copyright ファイルを参照してください。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Seika %1&lt;/h3&gt;&lt;p&gt;Policy evaluation (施策評価) for Japanese municipalities: outcome indicators, targets, actuals and the yearly grades of each measure.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;Licence: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Seika %1&lt;/h3&gt;&lt;p&gt;自治体のための施策評価アプリケーションです。施策ごとに成果指標・目標値・実績と、年度ごとの達成状況を管理します。&lt;/p&gt;&lt;p&gt;Qt %2 を使用して構築されています（実行中の Qt: %3）。&lt;/p&gt;&lt;p&gt;ライセンス: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>サーバーに接続できません</translation>
    </message>
    <message>
        <source>Connect to Ser&amp;ver…</source>
        <translation>サーバーに接続(&amp;V)…</translation>
    </message>
    <message>
        <source>Open a document on a PostgreSQL server</source>
        <translation>PostgreSQL サーバー上の文書を開きます</translation>
    </message>
    <message>
        <source>The server cannot be reached: changes are not saved until it is back.</source>
        <translation>サーバーに接続できません。接続が戻るまで変更は保存されません。</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>サーバーに再接続しました。</translation>
    </message>
    <message>
        <source>Someone else has changed this since: the step was not undone or redone.</source>
        <translation>その後に他の人が変更したため、この操作は元に戻すこと（やり直すこと）ができませんでした。</translation>
    </message>
    <message>
        <source>Updated with changes saved by other users.</source>
        <translation>他のユーザーが保存した変更を反映しました。</translation>
    </message>
    <message>
        <source>Waiting for the server to answer…</source>
        <translation>サーバーの応答を待っています…</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>待つのをやめる</translation>
    </message>
    <message>
        <source>Stop waiting for the server (Esc). The change being sent is not saved, and the window is offline until the server answers again.</source>
        <translation>サーバーの応答を待つのをやめます（Esc）。送信中の変更は保存されず、サーバーが再び応答するまでオフラインになります。</translation>
    </message>
    <message>
        <source>The server does not answer. Stop waiting (Esc) to go on without it: the change being sent is then not saved.</source>
        <translation>サーバーが応答しません。「待つのをやめる」（Esc）で待機をやめられます。送信中の変更は保存されません。</translation>
    </message>
</context>
<context>
    <name>seika::ui::MeasureActions</name>
    <message>
        <source>Edit &amp;Measure…</source>
        <translation>施策を編集(&amp;M)…</translation>
    </message>
    <message>
        <source>Edit the selected measure&apos;s code, title, direct goal, main programmes and sheet texts</source>
        <translation>選択した施策の番号・名称・直接目標・主な事務事業・シートの本文を編集します</translation>
    </message>
    <message>
        <source>Edit &amp;Sheet Texts…</source>
        <translation>シートの本文を編集(&amp;S)…</translation>
    </message>
    <message>
        <source>Edit the texts the council report prints for the selected measure (現状と課題, 取組, 成果 …)</source>
        <translation>選択した施策について議会報告に印刷する本文（現状と課題、取組、成果など）を編集します</translation>
    </message>
    <message>
        <source>&amp;Add Indicator…</source>
        <translation>成果指標を追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add an outcome indicator to the selected measure</source>
        <translation>選択した施策に成果指標を追加します</translation>
    </message>
    <message>
        <source>&amp;Copy Indicator from Another Measure…</source>
        <translation>他の施策から成果指標を複製(&amp;C)…</translation>
    </message>
    <message>
        <source>Add a copy of another measure&apos;s indicator (its definition, baselines and targets; no figures)</source>
        <translation>他の施策の成果指標を複製して追加します（定義・現状値・目標値。値は複製しません）</translation>
    </message>
    <message>
        <source>Remove the selected indicator and its figures</source>
        <translation>選択した成果指標とその値を削除します</translation>
    </message>
    <message>
        <source>Number the selected indicator before the one above it</source>
        <translation>選択した成果指標の番号を一つ前にします</translation>
    </message>
    <message>
        <source>Number the selected indicator after the one below it</source>
        <translation>選択した成果指標の番号を一つ後にします</translation>
    </message>
    <message>
        <source>The change was not made.</source>
        <translation>変更できませんでした。</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>Add Indicator</source>
        <translation>成果指標の追加</translation>
    </message>
    <message>
        <source>A ratio of two counts (加入世帯数 ÷ 総世帯数): the counts are entered, the rate is derived</source>
        <translation>二つの数の割合（加入世帯数 ÷ 総世帯数）: 数を入力し、率は自動で計算します</translation>
    </message>
    <message>
        <source>A share from a survey (%): taken from a survey question&apos;s answers</source>
        <translation>調査の割合（%）: 調査の設問の回答から取ります</translation>
    </message>
    <message>
        <source>A count (団体, 人, 件)</source>
        <translation>件数（団体、人、件など）</translation>
    </message>
    <message>
        <source>Any other value</source>
        <translation>その他の値</translation>
    </message>
    <message>
        <source>ASCII letters, digits, &apos;-&apos; and &apos;_&apos;, starting with a letter; unique in the document. CSV files and seika-cli name the indicator by it.</source>
        <translation>半角英数字と「-」「_」で、英字で始めます。文書内で重複できません。CSVファイルとseika-cliはこのコードで指標を指定します。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>コード(&amp;C):</translation>
    </message>
    <message>
        <source>What does the indicator measure?</source>
        <translation>この指標は何を測りますか？</translation>
    </message>
    <message>
        <source>Name: the name must not be empty.</source>
        <translation>名称: 名称を入力してください。</translation>
    </message>
    <message>
        <source>Add Indicator “%1”</source>
        <translation>成果指標「%1」の追加</translation>
    </message>
    <message>
        <source>Copy Indicator from Another Measure</source>
        <translation>他の施策から成果指標を複製</translation>
    </message>
    <message>
        <source>The copy takes the definition, baselines and targets, not the figures.</source>
        <translation>定義・現状値・目標値を複製します。値は複製しません。</translation>
    </message>
    <message>
        <source>Copy Indicator “%1”</source>
        <translation>成果指標「%1」の複製</translation>
    </message>
    <message>
        <source>“%1” cannot be removed.</source>
        <translation>「%1」は削除できません。</translation>
    </message>
    <message>
        <source>Remove the indicator %1 %2?</source>
        <translation>成果指標 %1 %2 を削除しますか？</translation>
    </message>
    <message>
        <source>Remove Indicator “%1”</source>
        <translation>成果指標「%1」の削除</translation>
    </message>
    <message>
        <source>Move Indicator “%1” Up</source>
        <translation>成果指標「%1」を上へ</translation>
    </message>
    <message>
        <source>Move Indicator “%1” Down</source>
        <translation>成果指標「%1」を下へ</translation>
    </message>
    <message>
        <source>Remo&amp;ve Indicator…</source>
        <translation>成果指標を削除(&amp;V)…</translation>
    </message>
    <message>
        <source>Move Indicator Up</source>
        <translation>成果指標を上へ</translation>
    </message>
    <message>
        <source>Move Indicator Down</source>
        <translation>成果指標を下へ</translation>
    </message>
    <message>
        <source>Indicators of the other measures</source>
        <translation>他の施策の成果指標</translation>
    </message>
</context>
<context>
    <name>seika::ui::MeasureEditor</name>
    <message>
        <source>e.g. 1-1-2</source>
        <translation>例: 1-1-2</translation>
    </message>
    <message>
        <source>The measure&apos;s number as the plan writes it; shown before its title. Unique among measures when given.</source>
        <translation>計画に記載の施策番号です。名称の前に表示します。入力する場合は施策の間で重複できません。</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>番号(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Direct goal:</source>
        <translation>直接目標(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下へ(&amp;W)</translation>
    </message>
    <message>
        <source>The main programmes (主な事務事業) in the order the sheet lists them. Double-click or press F2 to rename one.</source>
        <translation>主な事務事業を、シートに記載する順に並べます。名前を変えるにはダブルクリックするかF2キーを押します。</translation>
    </message>
    <message>
        <source>Background and issues (現状と課題)</source>
        <translation>現状と課題</translation>
    </message>
    <message>
        <source>Initiatives (取組)</source>
        <translation>取組</translation>
    </message>
    <message>
        <source>Results of an indicator (成果)</source>
        <translation>成果指標の達成状況</translation>
    </message>
    <message>
        <source>Other results (その他成果)</source>
        <translation>その他成果</translation>
    </message>
    <message>
        <source>Future initiatives (今後の取組)</source>
        <translation>今後の取組</translation>
    </message>
    <message>
        <source>Add &amp;Section</source>
        <translation>項目を追加(&amp;S)</translation>
    </message>
    <message>
        <source>Remove Section</source>
        <translation>項目を削除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>区分(&amp;G):</translation>
    </message>
    <message>
        <source>H&amp;eading:</source>
        <translation>見出し(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>成果指標(&amp;I):</translation>
    </message>
    <message>
        <source>Plain text. A line starting with “- ” is a bullet (two spaces before it: a bullet under the one above); an empty line starts a new paragraph; “写真: caption” leaves a box for a photo.</source>
        <translation>テキストで入力します。「- 」で始まる行は箇条書き（前に半角スペース2つで一段下の箇条書き）、空行で段落を分けます。「写真: 説明」と書くと写真の枠を空けます。</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>本文(&amp;T):</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>Main programmes</source>
        <translation>主な事務事業</translation>
    </message>
    <message>
        <source>Sheet texts</source>
        <translation>シートの本文</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（見出しなし）</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>すべての年度</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Edit Measure — %1</source>
        <translation>施策の編集 — %1</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>新しい事業</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>新しい項目</translation>
    </message>
    <message>
        <source>This measure is no longer in the document.</source>
        <translation>この施策は文書にもうありません。</translation>
    </message>
    <message>
        <source>Edit Measure “%1”</source>
        <translation>施策「%1」の編集</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>名称: %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>番号: %1</translation>
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
    <message>
        <source>Sheet texts</source>
        <translation>シートの本文</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>まだありません</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) of text for the council report</source>
        <translation>
            <numerusform>議会報告用の本文 %n項目</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 survey change: %2</source>
        <translation>%1 調査の変化: %2</translation>
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
        <translation>グラフに表示する値がまだありません。</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>%1 (axis from 0)</source>
        <translation>%1（軸は0から）</translation>
    </message>
    <message>
        <source>%1 (%2, axis from 0)</source>
        <translation>%1（%2、軸は0から）</translation>
    </message>
    <message>
        <source>Axis from 0</source>
        <translation>軸は0から</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>単位: %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>総数</translation>
    </message>
</context>
<context>
    <name>seika::ui::MessageBox</name>
    <message numerus="yes">
        <source>… and %n more line(s) under Show Details.</source>
        <translation>
            <numerusform>…ほか %n 行は「詳細を表示」にあります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seika::ui::ObservationTableModel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1、%2: %3</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>率</translation>
    </message>
    <message>
        <source>Rate (%1)</source>
        <translation>率（%1）</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>値（%1）</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標値</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>No indicator is shown.</source>
        <translation>表示中の成果指標がありません。</translation>
    </message>
    <message>
        <source>Targets are set in the indicator&apos;s definition.</source>
        <translation>目標値は成果指標の定義で設定します。</translation>
    </message>
    <message>
        <source>Whether a target is achieved follows from the figures and cannot be typed.</source>
        <translation>目標を達成したかどうかは値から判定されるため、入力できません。</translation>
    </message>
    <message>
        <source>The rate is derived from %1 and %2; change those instead.</source>
        <translation>率は%1と%2から算出されます。%1・%2の値を変更してください。</translation>
    </message>
    <message>
        <source>Target for %1: %2</source>
        <translation>%1の目標値: %2</translation>
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
        <source>Sum of the wards: %1 ÷ %2 = %3%4</source>
        <translation>各区の合計: %1 ÷ %2 = %3%4</translation>
    </message>
    <message>
        <source>Sum of the wards; no city figure is entered.</source>
        <translation>各区の合計です。市全体の値は入力されていません。</translation>
    </message>
    <message>
        <source>Entered city figure; the sum of the wards gives the same %1%2.</source>
        <translation>入力された市全体の値です。各区の合計も同じ%1%2になります。</translation>
    </message>
    <message>
        <source>A rate entered without its counts.</source>
        <translation>件数を伴わずに入力された率です。</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1時点</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>備考: %1</translation>
    </message>
    <message>
        <source>Milestone year: the target is %1.</source>
        <translation>目標年度: 目標値は%1です。</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1（単位: %2）</translation>
    </message>
    <message numerus="yes">
        <source>%1 ÷ %2 × 100, rounded to %n decimal(s) for display</source>
        <translation>
            <numerusform>%1 ÷ %2 × 100（表示は小数点以下%n桁に四捨五入）</numerusform>
        </translation>
    </message>
    <message>
        <source>The milestone targets of the indicator</source>
        <translation>成果指標の目標年度の目標値</translation>
    </message>
    <message>
        <source>Whether the city&apos;s figure met the milestone target (○ achieved, ✕ not achieved)</source>
        <translation>市全体の値が目標年度の目標値を達成したかどうか（○ 達成、✕ 未達成）</translation>
    </message>
    <message>
        <source>Clear %1, %2</source>
        <translation>%1、%2をクリア</translation>
    </message>
    <message>
        <source>Edit %1, %2</source>
        <translation>%1、%2を編集</translation>
    </message>
    <message>
        <source>row %1 (outside the table)</source>
        <translation>%1行目（表の範囲外）</translation>
    </message>
    <message>
        <source>column %1 (outside the table)</source>
        <translation>%1列目（表の範囲外）</translation>
    </message>
    <message>
        <source>This cell lies outside the table.</source>
        <translation>このセルは表の範囲外です。</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>率なし</translation>
    </message>
    <message>
        <source>The rate %1 does not match the counts beside it, which give %2.</source>
        <translation>率%1が、隣の件数から算出される%2と一致しません。</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>The city as a whole: the sum of the wards unless a city figure is entered.</source>
        <translation>市全体: 市全体の値が入力されていなければ、各区の合計です。</translation>
    </message>
    <message>
        <source>The city as a whole.</source>
        <translation>市全体。</translation>
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
        <translation>未評価 %1</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Between the counts of grades: A 2・B 1・C 0</extracomment>
        <translation>・</translation>
    </message>
    <message>
        <source>Plan overview</source>
        <translation>施策評価結果一覧</translation>
    </message>
    <message>
        <source>%1 results of the measure evaluations</source>
        <translation>%1 施策評価結果</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) of %1 basic policies and %2 policies, judged for %3.</source>
        <translation>
            <numerusform>基本政策%1・政策%2の%n施策について、%3の達成状況を示します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Grades by basic policy</source>
        <translation>基本政策別の達成状況</translation>
    </message>
    <message>
        <source>Basic policy</source>
        <translation>基本政策</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>計</translation>
    </message>
    <message>
        <source>(policies without a basic policy)</source>
        <translation>（基本政策のない政策）</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>計画全体</translation>
    </message>
    <message>
        <source>Grades suggested by the grading rule for the whole plan: %1.</source>
        <translation>評価ルールによる達成状況の提案（計画全体）: %1</translation>
    </message>
    <message>
        <source>Indicators: ○ the target was achieved, ✕ it was not, － not judged (no actual or no target). Suggested: the grade the grading rule gives from the indicators; Grade and Direction: as chosen for the year.</source>
        <translation>成果指標: ○ 目標達成、✕ 目標未達成、－ 判定なし（実績または目標なし）。提案: 成果指標から評価ルールが示す達成状況。達成状況・方向性: 年度の評価で選んだ区分。</translation>
    </message>
    <message>
        <source>(measures without a policy)</source>
        <translation>（政策のない施策）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>成果指標</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>達成状況</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向性</translation>
    </message>
    <message>
        <source>no indicators</source>
        <translation>成果指標なし</translation>
    </message>
    <message>
        <source>This policy has no measures.</source>
        <translation>この政策には施策がありません。</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>達成状況</translation>
    </message>
</context>
<context>
    <name>seika::ui::PastePlan</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ほか%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was pasted: the row label(s) %1 name no area of the table. Label each row with a ward&apos;s name or %2.</source>
        <translation>貼り付けませんでした: 行の見出し %1 は、表のどの地域にも当たりません。各行の見出しは区の名前か「%2」にしてください。</translation>
    </message>
    <message>
        <source>Nothing was pasted: the row label(s) %1 name no fiscal year of the table (%2 to %3).</source>
        <translation>貼り付けませんでした: 行の見出し %1 は、表のどの年度（%2〜%3）にも当たりません。</translation>
    </message>
    <message>
        <source>Nothing was pasted: %1 label(s) more than one row.</source>
        <translation>貼り付けませんでした: %1 が複数の行の見出しになっています。</translation>
    </message>
    <message>
        <source>Nothing was pasted: some rows are labelled with areas (%1), others with fiscal years (%2).</source>
        <translation>貼り付けませんでした: 地域を見出しにした行（%1）と、年度を見出しにした行（%2）が混ざっています。</translation>
    </message>
    <message>
        <source>Nothing was pasted: the rows are labelled with fiscal years (%1), but this view shows the areas of %2. Show the years as rows to paste them.</source>
        <translation>貼り付けませんでした: 行の見出しは年度（%1）ですが、この表示は%2の地域ごとの表です。「年度ごと」の表示にしてから貼り付けてください。</translation>
    </message>
    <message>
        <source>Nothing was pasted: the rows are labelled with areas (%1), and here they would become fiscal years. Show one year with the areas as rows to paste them, or select one year&apos;s row with all areas shown.</source>
        <translation>貼り付けませんでした: 行の見出しは地域（%1）ですが、ここでは各行が年度になってしまいます。「区ごと（1年度）」の表示にしてから貼り付けるか、すべての地域を表示して1つの年度の行を選んでください。</translation>
    </message>
    <message>
        <source>Nothing was pasted: the row of %1 holds more values than an area has fields from %2 on.</source>
        <translation>貼り付けませんでした: %1 の行の値が、%2 から右にある項目の数より多くなっています。</translation>
    </message>
    <message numerus="yes">
        <source>Each row holds %n value(s), but from %1 on the table has only %2 column(s). Paste the first %2 value(s) of each row and leave out the rest?</source>
        <translation>
            <numerusform>各行には%n個の値がありますが、%1 から右には%2列しかありません。各行の最初の%2個だけを貼り付け、残りは貼り付けないでよろしいですか？</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <source>The block has %1 row(s) and %2 column(s), but from the selected cell the table has only %3 row(s) and %4 column(s).</source>
        <translation>貼り付ける範囲は%1行×%2列ですが、選択したセルから表の端までは%3行×%4列しかありません。</translation>
    </message>
    <message>
        <source>Paste the %1 × %2 cells that fit (%3; %4) and leave out the rest?</source>
        <translation>収まる%1行×%2列（%3、%4）だけを貼り付け、残りは貼り付けないでよろしいですか？</translation>
    </message>
    <message numerus="yes">
        <source>The block has %n row(s), one for each ward (or each ward and the city), but here its rows are fiscal years: it would fill %1 of %2.</source>
        <translation>
            <numerusform>貼り付ける範囲は%n行で、区ごと（または区ごとと市全体）の行数と同じですが、ここでは各行が年度になります。%2 の %1 に入力されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To enter one year of every ward, show the areas as rows. Fill these %n year(s)?</source>
        <translation>
            <numerusform>1つの年度の各区の値を入力するには、「区ごと（1年度）」の表示にしてください。この%n年度分に入力しますか？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seika::ui::PlanImportDialog</name>
    <message>
        <source>Import Plan</source>
        <translation>施策体系の取り込み</translation>
    </message>
    <message>
        <source>Reads the plan (施策体系) from a CSV file saved from Excel: one row per basic policy, policy, measure and indicator, each naming its place by code and title. Records are matched to the document&apos;s by code, else by title; nothing is removed. Nothing changes until you choose Import.</source>
        <translation>Excelから保存したCSVファイルから施策体系を読み込みます。基本政策・政策・施策・成果指標ごとに1行で、各行は番号と名称で体系上の位置を示します。文書の項目とは番号で、番号がなければ名称で対応づけます。削除は行いません。「取り込む」を選ぶまで何も変更しません。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自動判定</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932)</source>
        <translation>Shift_JIS (CP932)</translation>
    </message>
    <message>
        <source>Plan &amp;file:</source>
        <translation>施策体系のファイル(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>Choose the plan file (CSV).</source>
        <translation>施策体系のファイル（CSV）を選んでください。</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSVファイル (*.csv *.txt *.tsv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>このファイルは取り込めません: %1</translation>
    </message>
    <message>
        <source>Detect: %1</source>
        <translation>自動判定: %1</translation>
    </message>
    <message>
        <source>basic policies %1</source>
        <translation>基本政策 %1</translation>
    </message>
    <message>
        <source>policies %1</source>
        <translation>政策 %1</translation>
    </message>
    <message>
        <source>measures %1</source>
        <translation>施策 %1</translation>
    </message>
    <message>
        <source>indicators %1</source>
        <translation>成果指標 %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s).</source>
        <translation>
            <numerusform>%1: %n行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Adds %1; changes %2 records; %3 stay as they are.</source>
        <translation>追加: %1。変更: %2件。変更なし: %3件。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): correct the file and choose it again; nothing can be imported until then.</source>
        <translation>
            <numerusform>エラーが%n件あります。ファイルを修正して、もう一度選んでください。それまでは取り込めません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: the document already holds this plan.</source>
        <translation>変更はありません。文書はすでにこの施策体系のとおりです。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Adds</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Import plan “%1”</source>
        <translation>施策体系の取り込み（%1）</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>何も取り込んでいません: %1</translation>
    </message>
    <message>
        <source>Findings of the dry run</source>
        <translation>試行の結果</translation>
    </message>
</context>
<context>
    <name>seika::ui::PlanItemDelegate</name>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>seika::ui::PlanItemDialog</name>
    <message>
        <source>Code and Title</source>
        <translation>番号と名称</translation>
    </message>
    <message>
        <source>e.g. 1-1-2 (may be empty)</source>
        <translation>例: 1-1-2（空欄も可）</translation>
    </message>
    <message>
        <source>The number the plan gives this record; unique among the records of its level</source>
        <translation>計画での番号。同じ階層の中で重複できません</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>番号(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>名称(&amp;T):</translation>
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
        <translation>未評価 %1</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Between the counts of grades: A 2・B 1・C 0</extracomment>
        <translation>・</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>no indicators</source>
        <translation>成果指標なし</translation>
    </message>
    <message>
        <source>no actual for %1</source>
        <translation>%1の実績なし</translation>
    </message>
    <message>
        <source>%1, no target for this year</source>
        <translation>%1（この年度の目標なし）</translation>
    </message>
    <message>
        <source>%1 against %2: achieved</source>
        <translation>%1（目標 %2）: 達成</translation>
    </message>
    <message>
        <source>%1 against %2: not achieved</source>
        <translation>%1（目標 %2）: 未達成</translation>
    </message>
    <message>
        <source>This measure has no indicators.</source>
        <translation>この施策には成果指標がありません。</translation>
    </message>
    <message>
        <source>No grade: no indicator has an actual for %1.</source>
        <translation>提案なし: %1の実績のある成果指標がありません。</translation>
    </message>
    <message>
        <source>Differs from the suggested grade %1.</source>
        <translation>提案（%1）と異なります。</translation>
    </message>
    <message>
        <source>Not evaluated yet for %1.</source>
        <translation>%1は未評価です。</translation>
    </message>
    <message>
        <source>No direction chosen yet for %1.</source>
        <translation>%1の今後の方向性は未選択です。</translation>
    </message>
    <message>
        <source>(policies without a basic policy)</source>
        <translation>（基本政策のない政策）</translation>
    </message>
    <message>
        <source>(measures without a policy)</source>
        <translation>（政策のない施策）</translation>
    </message>
    <message numerus="yes">
        <source>%1
Grades: %2 (%n measure(s))
Suggested: %3</source>
        <translation>
            <numerusform>%1
達成状況: %2（%n施策）
提案: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The measure&apos;s number in the plan</source>
        <translation>計画における施策の番号</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>The measure (施策)</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>Each outcome indicator: ○ the target was achieved, ✕ it was not, － not judged (no actual or no target)</source>
        <translation>成果指標ごとの判定: ○ 目標達成、✕ 目標未達成、－ 判定なし（実績または目標なし）</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>成果指標</translation>
    </message>
    <message>
        <source>The grade the grading rule suggests from the indicators</source>
        <translation>成果指標から評価ルールが示す達成状況</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>The achievement grade chosen for the year</source>
        <translation>年度の評価で選んだ施策の達成状況</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>達成状況</translation>
    </message>
    <message>
        <source>The future direction chosen for the year</source>
        <translation>年度の評価で選んだ今後の方向性</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向性</translation>
    </message>
    <message>
        <source>%1 (sum of the wards)</source>
        <translation>%1（各区の合計）</translation>
    </message>
</context>
<context>
    <name>seika::ui::PlanOverviewView</name>
    <message>
        <source>Filter by code, title or indicator</source>
        <translation>番号・名称・成果指標で絞り込み</translation>
    </message>
    <message>
        <source>Show the measures of one basic policy or policy</source>
        <translation>1つの基本政策または政策の施策だけを表示します</translation>
    </message>
    <message>
        <source>Show the measures with a grade</source>
        <translation>達成状況で施策を絞り込みます</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Write the plan overview as a CSV file for Excel</source>
        <translation>施策評価結果一覧をExcel向けのCSVファイルで書き出します</translation>
    </message>
    <message>
        <source>Whole-Plan Report…</source>
        <translation>計画全体の報告書…</translation>
    </message>
    <message>
        <source>Write the council report of every measure as one PDF: contents, this overview, every sheet</source>
        <translation>全施策の議会報告用シートを1つのPDFに書き出します（目次、この一覧、各施策のシート）</translation>
    </message>
    <message>
        <source>Plan overview — %1</source>
        <translation>施策評価結果一覧 — %1</translation>
    </message>
    <message>
        <source>Plan overview</source>
        <translation>施策評価結果一覧</translation>
    </message>
    <message>
        <source>All policies</source>
        <translation>すべての政策</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>すべての達成状況</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>達成状況 %1</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>Grade differs from the suggestion</source>
        <translation>提案と異なる達成状況</translation>
    </message>
    <message>
        <source>Suggested %1</source>
        <translation>提案 %1</translation>
    </message>
    <message>
        <source>This document has no measures yet.</source>
        <translation>この文書には、まだ施策が登録されていません。</translation>
    </message>
    <message>
        <source>not evaluated %1</source>
        <translation>未評価 %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Whole plan&lt;/b&gt; (%n measure(s)): %1&lt;br&gt;&lt;span style=&quot;color:#55606a;&quot;&gt;Suggested by the grading rule: %2&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;計画全体&lt;/b&gt;（%n施策）: %1&lt;br&gt;&lt;span style=&quot;color:#55606a;&quot;&gt;評価ルールによる提案: %2&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n measure(s).</source>
        <translation>
            <numerusform>%n施策のうち%1施策を表示しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s). Double-click a measure to open it.</source>
        <translation>
            <numerusform>%n施策。施策をダブルクリックすると開きます。</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF, A4 paper (*.pdf)</source>
        <translation>PDF、A4用紙 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, A3 paper (*.pdf)</source>
        <translation>PDF、A3用紙 (*.pdf)</translation>
    </message>
    <message>
        <source>Plan Overview as CSV</source>
        <translation>施策評価結果一覧をCSVで書き出す</translation>
    </message>
    <message>
        <source>CSV files, UTF-8 for Excel (*.csv)</source>
        <translation>CSVファイル、Excel向けUTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Council Report for the Whole Plan</source>
        <translation>計画全体の議会報告書</translation>
    </message>
    <message>
        <source>Could not write the plan overview “%1”.</source>
        <translation>施策評価結果一覧「%1」を書き出せませんでした。</translation>
    </message>
    <message>
        <source>Plan overview written to %1</source>
        <translation>施策評価結果一覧を %1 に書き出しました</translation>
    </message>
    <message numerus="yes">
        <source>Plan overview written to %1 (%n measure(s))</source>
        <translation>
            <numerusform>施策評価結果一覧を %1 に書き出しました（%n施策）</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the council report of every measure…</source>
        <translation>全施策の議会報告用シートを書き出しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The council report for the whole plan was cancelled; no file was written.</source>
        <translation>計画全体の議会報告書の書き出しを中止しました。ファイルは作成されていません。</translation>
    </message>
    <message>
        <source>Could not write the council report “%1”.</source>
        <translation>議会報告書「%1」を書き出せませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Council report for the whole plan written to %1 (%n page(s))</source>
        <translation>
            <numerusform>計画全体の議会報告書を %1 に書き出しました（%nページ）</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not print the plan overview.</source>
        <translation>施策評価結果一覧を印刷できませんでした。</translation>
    </message>
    <message>
        <source>Could not show the plan overview.</source>
        <translation>施策評価結果一覧を表示できませんでした。</translation>
    </message>
    <message>
        <source>Print / PDF…</source>
        <translation>印刷・PDF…</translation>
    </message>
    <message>
        <source>Preview the plan overview, then print it or save it as a PDF on A4 or A3</source>
        <translation>施策評価結果一覧を印刷プレビューで確認し、印刷するかA4・A3のPDFで保存します</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>絞り込み</translation>
    </message>
    <message>
        <source>Basic policy or policy</source>
        <translation>基本政策または政策</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>達成状況</translation>
    </message>
    <message>
        <source>Measures and their grades</source>
        <translation>施策と達成状況</translation>
    </message>
</context>
<context>
    <name>seika::ui::PlanReportContentsBuilder</name>
    <message>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
    <message>
        <source>%1 council report on the measure evaluations</source>
        <translation>%1 施策評価 議会報告書</translation>
    </message>
    <message>
        <source>(policies without a basic policy)</source>
        <translation>（基本政策のない政策）</translation>
    </message>
    <message>
        <source>(measures without a policy)</source>
        <translation>（政策のない施策）</translation>
    </message>
    <message>
        <source>Council report</source>
        <translation>議会報告書</translation>
    </message>
</context>
<context>
    <name>seika::ui::PlanTree</name>
    <message>
        <source>New &amp;Basic Policy</source>
        <translation>新しい基本政策(&amp;B)</translation>
    </message>
    <message>
        <source>Add a basic policy (基本政策) after the selected one</source>
        <translation>選択中の基本政策の後に基本政策を追加します</translation>
    </message>
    <message>
        <source>New &amp;Policy</source>
        <translation>新しい政策(&amp;P)</translation>
    </message>
    <message>
        <source>Add a policy (政策) after the selected one, or in the selected basic policy</source>
        <translation>選択中の政策の後、または選択中の基本政策の中に政策を追加します</translation>
    </message>
    <message>
        <source>&amp;New Measure</source>
        <translation>新しい施策(&amp;N)</translation>
    </message>
    <message>
        <source>Add a measure (施策) after the selected one, or in the selected policy</source>
        <translation>選択中の施策の後、または選択中の政策の中に施策を追加します</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>名称を変更(&amp;R)</translation>
    </message>
    <message>
        <source>Edit the title of the selected record in the tree</source>
        <translation>選択中の項目の名称をツリー上で編集します</translation>
    </message>
    <message>
        <source>Code and &amp;Title…</source>
        <translation>番号と名称(&amp;T)…</translation>
    </message>
    <message>
        <source>Change the number (such as 1-1-2) and the title of the selected record</source>
        <translation>選択中の項目の番号（1-1-2 など）と名称を変更します</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Move the selected record before the one above it</source>
        <translation>選択中の項目を一つ上の項目の前へ移動します</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下へ移動(&amp;W)</translation>
    </message>
    <message>
        <source>Move the selected record after the one below it</source>
        <translation>選択中の項目を一つ下の項目の後へ移動します</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected record with everything it holds (after saying what that is)</source>
        <translation>選択中の項目を、その中のすべてとともに削除します（削除される内容を先に示します）</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted.</source>
        <translation>「%1」は削除できません。</translation>
    </message>
    <message>
        <source>It holds figures or evaluations of %1, locked (確定). Unlock first (Year ▸ Unlock Year…), then delete it.</source>
        <translation>確定済みの%1の値または評価を含んでいます。先に確定を解除（年度 ▸ 年度の確定を解除…）してから削除してください。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln policy(s)</source>
        <translation>
            <numerusform>政策 %Ln件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln measure(s)</source>
        <translation>
            <numerusform>施策 %Ln件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln indicator(s)</source>
        <translation>
            <numerusform>成果指標 %Ln件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln figure(s)</source>
        <translation>
            <numerusform>値 %Ln件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evaluation(s)</source>
        <translation>
            <numerusform>評価 %Ln件</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” will be deleted with %2.</source>
        <translation>「%1」と、その中の%2が削除されます。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message numerus="yes">
        <source>The survey %1 stays, but no longer supplies values to the deleted indicators.</source>
        <translation>
            <numerusform>調査%1は残りますが、削除される成果指標への値の供給はなくなります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings it all back.</source>
        <translation>編集 ▸ 元に戻す で、すべて元に戻せます。</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>「%1」を削除しますか?</translation>
    </message>
    <message>
        <source>%1 in %2 “%3”</source>
        <translation>%2「%3」の%1</translation>
    </message>
    <message>
        <source>Plan (policies and measures)</source>
        <translation>施策体系（政策と施策）</translation>
    </message>
    <message>
        <source>The arrow keys choose a record; F2 renames it. The Measure menu adds, moves and removes records.</source>
        <translation>矢印キーで項目を選び、F2で名称を変更します。項目の追加・移動・削除は施策メニューで行います。</translation>
    </message>
</context>
<context>
    <name>seika::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and reports</source>
        <translation>メニュー・ダイアログ・報告書の言語です</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Applies at once: the window is shown again in the language chosen, on the same document.</source>
        <translation>すぐに反映されます。同じ文書のまま、選んだ言語でウィンドウを表示し直します。</translation>
    </message>
    <message>
        <source>Era and Western year: %1</source>
        <translation>和暦(西暦)：%1</translation>
    </message>
    <message>
        <source>Era year: %1</source>
        <translation>和暦：%1</translation>
    </message>
    <message>
        <source>Western year: %1</source>
        <translation>西暦：%1</translation>
    </message>
    <message>
        <source>How tables, charts and reports write fiscal years. CSV files keep both the Western year and the era year, whatever is chosen here.</source>
        <translation>表・グラフ・報告書での年度の書き方です。CSVファイルには、ここでの選択にかかわらず西暦と和暦の両方を書き出します。</translation>
    </message>
    <message>
        <source>&amp;Fiscal years:</source>
        <translation>年度の表示(&amp;F):</translation>
    </message>
    <message>
        <source>The paper print previews and PDFs start on; each preview can still change it</source>
        <translation>印刷プレビューとPDFで最初に選ばれる用紙です。プレビューごとに変更もできます</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>用紙(&amp;P):</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>縦</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横</translation>
    </message>
    <message>
        <source>The orientation of council reports and the plan overview; charts are always printed landscape</source>
        <translation>議会報告書と施策の一覧の用紙の向きです。グラフは常に横向きで印刷します</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>向き(&amp;O):</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel)</source>
        <translation>UTF-8（BOM付き・Excel向け）</translation>
    </message>
    <message>
        <source>UTF-8 without BOM</source>
        <translation>UTF-8（BOMなし）</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932)</source>
        <translation>Shift_JIS（CP932）</translation>
    </message>
    <message>
        <source>The encoding File ▸ Export CSV starts on</source>
        <translation>「ファイル ▸ CSVの書き出し」で最初に選ばれる文字コードです</translation>
    </message>
    <message>
        <source>CSV &amp;encoding:</source>
        <translation>CSVの文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>Draw charts in &amp;grayscale</source>
        <translation>グラフをグレースケールで描く(&amp;G)</translation>
    </message>
    <message>
        <source>Charts start with patterns and line styles instead of colours, for black-and-white copies</source>
        <translation>グラフを色ではなく模様と線の種類で描きます（白黒コピー向け）</translation>
    </message>
    <message>
        <source>Charts:</source>
        <translation>グラフ:</translation>
    </message>
    <message>
        <source>New documents start with this outlier band: a figure that changes by more than this against the previous year is accepted with a warning</source>
        <translation>新しい文書の外れ値の幅です。前年度からこの幅を超えて変化した値は、警告付きで受け付けます</translation>
    </message>
    <message>
        <source>Outlier &amp;band:</source>
        <translation>外れ値の幅(&amp;B):</translation>
    </message>
    <message>
        <source>For new documents. An open document keeps its own band (Edit ▸ Document Settings…).</source>
        <translation>新しい文書に使います。開いている文書は、その文書の幅のままです（編集 ▸ 文書の設定…）。</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>既定値に戻す(&amp;D)</translation>
    </message>
    <message>
        <source>Put the default of every setting but the language in the form</source>
        <translation>言語以外のすべての設定を既定値に戻します（OKで保存）</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>The colours of the windows and of the charts on screen</source>
        <translation>ウィンドウと画面上のグラフの配色</translation>
    </message>
    <message>
        <source>Colour &amp;scheme:</source>
        <translation>配色(&amp;S):</translation>
    </message>
    <message>
        <source>Applies at once. Printed and exported charts stay black on white paper.</source>
        <translation>すぐに反映されます。印刷・書き出しするグラフは常に白地に黒です。</translation>
    </message>
</context>
<context>
    <name>seika::ui::PrintPreview</name>
    <message>
        <source>The printer “%1” reported an error.</source>
        <translation>プリンター「%1」でエラーが発生しました。</translation>
    </message>
    <message>
        <source>Print or Save</source>
        <translation>印刷・保存</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>用紙(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print on a printer (%1)</source>
        <translation>プリンターで印刷します (%1)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDFで保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Write these pages as a PDF file on the chosen paper</source>
        <translation>このページを、選んだ用紙サイズのPDFファイルに保存します</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDFで保存</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>ページ番号</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
</context>
<context>
    <name>seika::ui::QuestionDialog</name>
    <message>
        <source>&amp;Single answer (S.A.)</source>
        <translation>単一回答 (S.A.)(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Multiple answers (M.A.)</source>
        <translation>複数回答 (M.A.)(&amp;M)</translation>
    </message>
    <message>
        <source>New Question</source>
        <translation>新しい設問</translation>
    </message>
    <message>
        <source>What indicators and CSV files name the question by (q1, burden …); unique in the survey</source>
        <translation>成果指標やCSVファイルが設問を指す名前（q1、burden など）。調査の中で一意です</translation>
    </message>
    <message>
        <source>Answer category</source>
        <translation>選択肢</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>&amp;Add Category</source>
        <translation>選択肢を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Category</source>
        <translation>選択肢を削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>コード(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>設問(&amp;Q):</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>回答:</translation>
    </message>
    <message>
        <source>Answer categories, in the questionnaire&apos;s order:</source>
        <translation>選択肢（調査票の順）:</translation>
    </message>
    <message>
        <source>Code: a question needs a code.</source>
        <translation>コード: 設問にはコードが必要です。</translation>
    </message>
    <message>
        <source>Code: the survey already has a question “%1”.</source>
        <translation>コード: この調査にはすでに設問「%1」があります。</translation>
    </message>
    <message>
        <source>Question: a question needs its text.</source>
        <translation>設問: 設問文が必要です。</translation>
    </message>
    <message>
        <source>Answer categories: a question needs at least one.</source>
        <translation>選択肢: 少なくとも1つ必要です。</translation>
    </message>
    <message>
        <source>Answer category %1: the label is empty.</source>
        <translation>選択肢 %1: ラベルが空です。</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>通常</translation>
    </message>
    <message>
        <source>Other (その他)</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>No answer (無回答)</source>
        <translation>無回答</translation>
    </message>
    <message>
        <source>Answer categories</source>
        <translation>選択肢</translation>
    </message>
</context>
<context>
    <name>seika::ui::ReasonListEditor</name>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add a reason after the selected one</source>
        <translation>選択中の理由の後に理由を追加します</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected reason</source>
        <translation>選択中の理由を削除します</translation>
    </message>
    <message>
        <source>Move the selected reason up</source>
        <translation>選択中の理由を上に移動します</translation>
    </message>
    <message>
        <source>Move the selected reason down</source>
        <translation>選択中の理由を下に移動します</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
</context>
<context>
    <name>seika::ui::RemovalText</name>
    <message numerus="yes">
        <source>%n policy(ies)</source>
        <translation>
            <numerusform>政策 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>施策 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>成果指標 %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 figure(s)</source>
        <translation>
            <numerusform>値 %1件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s)</source>
        <translation>
            <numerusform>評価 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” holds nothing else.</source>
        <translation>「%1」には、ほかに削除されるものはありません。</translation>
    </message>
    <message>
        <source>“%1” goes with everything it holds: %2.</source>
        <translation>「%1」と、その中の%2が削除されます。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The survey(s) %1 stay, but no longer give values to what is removed.</source>
        <translation>調査%1は残りますが、削除するものへの値の供給はなくなります。</translation>
    </message>
    <message>
        <source>Figures or evaluations of %1 would go, and those years are locked: unlock them first.</source>
        <translation>%1の値または評価が削除されますが、その年度は確定されています。先に確定を解除してください。</translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings it all back.</source>
        <translation>「編集 ▸ 元に戻す」ですべて元に戻せます。</translation>
    </message>
</context>
<context>
    <name>seika::ui::ReportBuilder</name>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>取組</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>まとめ</translation>
    </message>
    <message>
        <source>%1 measure evaluation sheet</source>
        <translation>%1 施策評価シート</translation>
    </message>
    <message>
        <source>Basic policy (layer 1)</source>
        <translation>基本政策（1層）</translation>
    </message>
    <message>
        <source>Policy (layer 2)</source>
        <translation>政策（2層）</translation>
    </message>
    <message>
        <source>Measure (layer 3)</source>
        <translation>施策（3層）</translation>
    </message>
    <message>
        <source>Direct goal</source>
        <translation>直接目標</translation>
    </message>
    <message>
        <source>Main programmes</source>
        <translation>主な事務事業</translation>
    </message>
    <message>
        <source>Outcome indicators</source>
        <translation>成果指標</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>成果指標%1</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>算出方法</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>指標の考え方</translation>
    </message>
    <message>
        <source>Target values</source>
        <translation>指標の目標値</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>現状値</translation>
    </message>
    <message>
        <source>Rationale for the targets</source>
        <translation>目標値の考え方</translation>
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
        <source>target not achieved</source>
        <translation>目標未達成</translation>
    </message>
    <message>
        <source>Indicator %1: achievement status (%2)</source>
        <translation>成果指標%1の達成状況（%2）</translation>
    </message>
    <message>
        <source>on the path to the next target</source>
        <translation>次の目標に向けた想定値</translation>
    </message>
    <message>
        <source>earlier baseline: %1</source>
        <translation>旧現状値: %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>Not evaluated yet</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Achievement of the measure</source>
        <translation>施策の達成状況</translation>
    </message>
    <message>
        <source>[Achievement grades]</source>
        <translation>【施策の達成状況区分】</translation>
    </message>
    <message>
        <source>Grade suggested by the grading rule: %1</source>
        <translation>達成状況の判定基準による提案: %1</translation>
    </message>
    <message>
        <source>Future direction</source>
        <translation>今後の方向性</translation>
    </message>
    <message>
        <source>[Direction grades]</source>
        <translation>【今後の方向性区分】</translation>
    </message>
    <message>
        <source>Survey change: %1</source>
        <translation>調査の変化: %1</translation>
    </message>
    <message>
        <source>Since the baseline: %1</source>
        <translation>現状値からの変化: %1</translation>
    </message>
    <message>
        <source>sum of the wards (no city figure entered)</source>
        <translation>各区の合計（市全体の値は未入力）</translation>
    </message>
    <message>
        <source>※ %1.</source>
        <translation>※ %1。</translation>
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
        <translation>%1のグラフはありません</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>The date format of the report&apos;s footer (QDate::toString); Japanese: yyyy年M月d日</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>印刷日: %1</translation>
    </message>
</context>
<context>
    <name>seika::ui::ResponsesImportDialog</name>
    <message>
        <source>Compute from Respondents</source>
        <translation>回答データから集計</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自動判定</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932)</source>
        <translation>Shift_JIS（CP932）</translation>
    </message>
    <message>
        <source>The columns whose groups get a row each (年代, 職業, 区 …)</source>
        <translation>区分ごとに行を作る列（年代、職業、区 など）</translation>
    </message>
    <message>
        <source>Respondents &amp;file:</source>
        <translation>回答データ(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Answer column:</source>
        <translation>回答の列(&amp;A):</translation>
    </message>
    <message>
        <source>Attribute &amp;columns:</source>
        <translation>属性の列(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Weight column:</source>
        <translation>重みの列(&amp;W):</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>試行(&amp;H)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Compute from the &amp;valid rows only</source>
        <translation>正常な行だけで集計する(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>Refused rows:</source>
        <translation>取り込めない行:</translation>
    </message>
    <message>
        <source>The table the import gives (n, then each answer: count and %):</source>
        <translation>取り込むと設問の表はこうなります（n、各選択肢の件数と割合）:</translation>
    </message>
    <message>
        <source>Respondents File</source>
        <translation>回答データ</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSVファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <source>None (every respondent counts 1)</source>
        <translation>なし（回答者1人を1と数える）</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s). Choose the columns, then Check.</source>
        <translation>
            <numerusform>%n 列あります。列を選んで「試行」を押してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a respondents file first.</source>
        <translation>先に回答データのファイルを選んでください。</translation>
    </message>
    <message>
        <source>The question is no longer in the document.</source>
        <translation>この設問は文書にありません。</translation>
    </message>
    <message>
        <source>%1 respondents: %2 valid, %3 refused.</source>
        <translation>回答者 %1 人: 正常 %2 行、取り込めない行 %3 行。</translation>
    </message>
    <message>
        <source>Weighted by “%1”.</source>
        <translation>列「%1」で重み付けしています。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>Nothing to change: the question already holds this table.</source>
        <translation>変更はありません: 設問はすでにこの集計表を持っています。</translation>
    </message>
    <message>
        <source>Compute %1 from “%2”</source>
        <translation>「%2」から %1 を集計</translation>
    </message>
    <message>
        <source>Attribute columns</source>
        <translation>属性の列</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>受け付けられなかった行</translation>
    </message>
    <message>
        <source>Computed table</source>
        <translation>集計結果</translation>
    </message>
</context>
<context>
    <name>seika::ui::SpreadsheetView</name>
    <message>
        <source>Cells Not Accepted</source>
        <translation>受け付けられないセル</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>This cell cannot be edited.</source>
        <translation>このセルは編集できません。</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste.</source>
        <translation>クリップボードに貼り付けられるテキストがありません。</translation>
    </message>
    <message>
        <source>There is nothing to paste.</source>
        <translation>貼り付けるデータがありません。</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>%n個のセルを貼り付け</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was pasted: %n cell(s) cannot be accepted.</source>
        <translation>
            <numerusform>貼り付けませんでした。%n個のセルは受け付けられません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s).</source>
        <translation>
            <numerusform>%n個のセルを貼り付けました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>%n個のセルをクリア</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was cleared: %n cell(s) cannot be changed.</source>
        <translation>
            <numerusform>クリアしませんでした。%n個のセルは変更できません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n cell(s).</source>
        <translation>
            <numerusform>%n個のセルをクリアしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <source>Nothing was pasted.</source>
        <translation>貼り付けませんでした。</translation>
    </message>
    <message>
        <source>Cells not accepted</source>
        <translation>受け付けられなかったセル</translation>
    </message>
</context>
<context>
    <name>seika::ui::StartPage</name>
    <message>
        <source>Add the First Measure</source>
        <translation>最初の施策を追加</translation>
    </message>
    <message>
        <source>Import a Plan File…</source>
        <translation>計画ファイルを取り込む…</translation>
    </message>
    <message>
        <source>Open the Sample…</source>
        <translation>サンプルを開く…</translation>
    </message>
    <message>
        <source>Set up your plan</source>
        <translation>計画の施策体系をつくりましょう</translation>
    </message>
    <message>
        <source>This document has no policies or measures yet. Seika evaluates each measure (施策) of the plan&apos;s structure: basic policies (基本政策) hold policies (政策), which hold measures, each with its outcome indicators.</source>
        <translation>この文書には、まだ政策・施策が登録されていません。Seika は計画の施策体系に沿って施策ごとに評価します。基本政策の中に政策が、政策の中に施策があり、施策ごとに成果指標を持ちます。</translation>
    </message>
    <message>
        <source>Later, add and arrange records in the tree on the left: right-click it, or use Insert, F2 (rename), Ctrl+Up/Down and Delete there, or drag records.</source>
        <translation>後からでも、左のツリーで項目を追加・整理できます。ツリーを右クリックするか、Insert（追加）、F2（名称の変更）、Ctrl+↑/↓（並べ替え）、Delete（削除）の各キー、またはドラッグを使います。</translation>
    </message>
    <message>
        <source>Creates a basic policy, a policy and a measure numbered 1, 1-1 and 1-1-1 with provisional titles, for you to name in the tree.</source>
        <translation>番号 1、1-1、1-1-1 の基本政策・政策・施策を仮の名称で作成します。名称はツリーで入力してください。</translation>
    </message>
    <message>
        <source>Reads the plan&apos;s structure (施策体系) from a CSV file saved from Excel: basic policies, policies, measures and their indicators.</source>
        <translation>Excel から保存した CSV ファイルから、施策体系（基本政策・政策・施策とその成果指標）を読み込みます。</translation>
    </message>
    <message>
        <source>Creates a copy of the Kawasaki City sample (a measure with its indicators, figures and evaluation) to try Seika on.</source>
        <translation>川崎市のサンプル（成果指標・値・評価のそろった施策）のコピーを作成して、Seika を試せます。</translation>
    </message>
</context>
<context>
    <name>seika::ui::SurveyChart</name>
    <message>
        <source>%1 (M.A.)</source>
        <translation>%1（M.A.）</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>出典: %1（%2）</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>* base under %1: its percentages are unreliable.</source>
        <translation>* 回答者数 %1 未満: 割合は参考値です。</translation>
    </message>
    <message>
        <source>Error bars: 95% margin of error of the first answer.</source>
        <translation>誤差範囲: 最初の選択肢の95%標本誤差。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>%1 (n=?)</source>
        <translation>%1（n=?）</translation>
    </message>
    <message>
        <source>%1 (n=%2)</source>
        <translation>%1（n=%2）</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>n = %1 is assumed.</source>
        <translation>n = %1 は仮定の値です。</translation>
    </message>
    <message>
        <source>n = %1 is assumed: %2</source>
        <translation>n = %1 は仮定の値（%2）</translation>
    </message>
    <message>
        <source>%1 (n=%2, assumed)</source>
        <translation>%1（n=%2・仮定）</translation>
    </message>
</context>
<context>
    <name>seika::ui::SurveyTableModel</name>
    <message>
        <source>Total</source>
        <translation>全体</translation>
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
        <translation>無回答・不明</translation>
    </message>
    <message>
        <source>M.T.</source>
        <translation>M.T.</translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>文書が開かれていません。</translation>
    </message>
    <message>
        <source>The document is open read-only.</source>
        <translation>文書は読み取り専用で開かれています。</translation>
    </message>
    <message>
        <source>This column is derived from the row&apos;s percentages.</source>
        <translation>この列は行の割合から算出しています。</translation>
    </message>
    <message>
        <source>This percentage is derived from the count; change the count in the Counts view.</source>
        <translation>この割合は件数から算出しています。件数表示で件数を変更してください。</translation>
    </message>
    <message>
        <source>%1: the answers add up to %2%, over %3% (one answer per respondent).</source>
        <translation>%1: 回答の合計が %2% で、%3% を超えています（回答者1人に1つの回答）。</translation>
    </message>
    <message>
        <source>Base under %1: the percentages of this row are unreliable.</source>
        <translation>回答者数 %1 未満: この行の割合は参考値です。</translation>
    </message>
    <message>
        <source>Derived: 100% minus the known answers (無回答・不明)</source>
        <translation>算出値: 100% から分かっている回答を引いた残り（無回答・不明）</translation>
    </message>
    <message>
        <source>Derived: the total of mentions (M.T.), which may exceed 100%</source>
        <translation>算出値: 回答の合計（M.T.）。100% を超えることがあります</translation>
    </message>
    <message>
        <source>Entered as a percentage: %1%</source>
        <translation>割合として入力: %1%</translation>
    </message>
    <message>
        <source>Derived from the count %1 of n = %2</source>
        <translation>件数 %1（n = %2）から算出</translation>
    </message>
    <message>
        <source>Unreliable: the base n = %1 is under %2.</source>
        <translation>参考値: 回答者数 n = %1 が %2 未満です。</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1（%）</translation>
    </message>
    <message>
        <source>Edit %1, %2</source>
        <translation>%1、%2を編集</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>%1行目</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>%1列目</translation>
    </message>
    <message>
        <source>“%1” lies outside the table.</source>
        <translation>「%1」は表の外です。</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>「%1」は数値ではありません。</translation>
    </message>
    <message>
        <source>“%1” is negative.</source>
        <translation>「%1」は負の数です。</translation>
    </message>
    <message>
        <source>“%1” is no whole number of respondents.</source>
        <translation>「%1」は回答者数として整数ではありません。</translation>
    </message>
    <message>
        <source>“%1” is over 100%.</source>
        <translation>「%1」は100%を超えています。</translation>
    </message>
    <message>
        <source>n = “%1” is under the count %2 of %3.</source>
        <translation>n =「%1」は %3 の件数 %2 を下回っています。</translation>
    </message>
    <message>
        <source>“%1” is over the base n = %2.</source>
        <translation>「%1」は回答者数 n = %2 を超えています。</translation>
    </message>
    <message>
        <source>“%1” is not accepted: %2</source>
        <translation>「%1」は受け付けられません: %2</translation>
    </message>
    <message>
        <source>The survey is no longer in the document.</source>
        <translation>この調査は文書にありません。</translation>
    </message>
    <message>
        <source>No question is shown.</source>
        <translation>設問が表示されていません。</translation>
    </message>
    <message>
        <source>A group row needs an attribute (年代) and a group (10歳代).</source>
        <translation>区分の行には属性（年代）と区分（10歳代）が必要です。</translation>
    </message>
    <message>
        <source>The question has the row %1: %2 already.</source>
        <translation>設問にはすでに行 %1: %2 があります。</translation>
    </message>
    <message>
        <source>Add row %1: %2</source>
        <translation>行 %1: %2 の追加</translation>
    </message>
    <message>
        <source>Choose a group row to remove.</source>
        <translation>削除する区分の行を選んでください。</translation>
    </message>
    <message>
        <source>The row %1 cannot be removed.</source>
        <translation>行 %1 は削除できません。</translation>
    </message>
    <message>
        <source>Remove row %1</source>
        <translation>行 %1 の削除</translation>
    </message>
</context>
<context>
    <name>seika::ui::SurveyWindow</name>
    <message>
        <source>Surveys</source>
        <translation>調査</translation>
    </message>
    <message>
        <source>Survey / question</source>
        <translation>調査・設問</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>調査</translation>
    </message>
    <message>
        <source>Random sample (postal)</source>
        <translation>無作為抽出・郵送</translation>
    </message>
    <message>
        <source>Internet survey</source>
        <translation>インターネット調査</translation>
    </message>
    <message>
        <source>Census (everyone asked)</source>
        <translation>全数調査</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Derived: valid responses ÷ questionnaires sent</source>
        <translation>算出値: 有効回答数 ÷ 配布数</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>調査名:</translation>
    </message>
    <message>
        <source>Fiscal year:</source>
        <translation>年度:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>調査方法:</translation>
    </message>
    <message>
        <source>Asked:</source>
        <translation>調査対象:</translation>
    </message>
    <message>
        <source>Population:</source>
        <translation>母集団:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>配布数:</translation>
    </message>
    <message>
        <source>Valid responses:</source>
        <translation>有効回答数:</translation>
    </message>
    <message>
        <source>Response rate:</source>
        <translation>回収率:</translation>
    </message>
    <message>
        <source>&amp;Counts</source>
        <translation>件数(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Percentages</source>
        <translation>割合(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Add Row…</source>
        <translation>行の追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a group row (年代: 10歳代, 職業: 学生 …)</source>
        <translation>区分の行を追加します（年代: 10歳代、職業: 学生 など）</translation>
    </message>
    <message>
        <source>&amp;Remove Row</source>
        <translation>行の削除(&amp;R)</translation>
    </message>
    <message>
        <source>Error &amp;bars (±95% margin of error)</source>
        <translation>誤差範囲(&amp;B)（±95%標本誤差）</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>PNGでエクスポート(&amp;P)…</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>SVGでエクスポート(&amp;S)…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>PDFでエクスポート(&amp;D)…</translation>
    </message>
    <message>
        <source>P&amp;rint Chart…</source>
        <translation>グラフの印刷(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
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
        <translation>%1（%2）、%3</translation>
    </message>
    <message>
        <source>%1%（%2 / %3）</source>
        <translation>%1%（%2 / %3）</translation>
    </message>
    <message>
        <source>Choose a question on the left.</source>
        <translation>左の一覧から設問を選んでください。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number of 0 or more.</source>
        <translation>%1: 「%2」は0以上の整数ではありません。</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>母集団</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>配布数</translation>
    </message>
    <message>
        <source>Valid responses</source>
        <translation>有効回答数</translation>
    </message>
    <message>
        <source>Valid responses: “%1” is more than the %2 questionnaires sent.</source>
        <translation>有効回答数: 「%1」が配布数 %2 を超えています。</translation>
    </message>
    <message>
        <source>Title: a survey needs a title.</source>
        <translation>調査名: 調査には調査名が必要です。</translation>
    </message>
    <message>
        <source>Edit survey %1</source>
        <translation>調査 %1 の編集</translation>
    </message>
    <message>
        <source>There is nothing to paste.</source>
        <translation>貼り付けるデータがありません。</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n survey cell(s)</source>
        <translation>
            <numerusform>調査の %n 個のセルに貼り付け</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was pasted: %n cell(s) cannot be accepted.</source>
        <translation>
            <numerusform>貼り付けませんでした。%n個のセルは受け付けられません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s).</source>
        <translation>
            <numerusform>%n個のセルを貼り付けました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n survey cell(s)</source>
        <translation>
            <numerusform>調査の %n 個のセルを消去</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n cell(s).</source>
        <translation>
            <numerusform>%n個のセルをクリアしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Added the row %1: %2.</source>
        <translation>行 %1: %2 を追加しました。</translation>
    </message>
    <message>
        <source>Removed the row %1.</source>
        <translation>行 %1 を削除しました。</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>年代</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>職業</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>行の追加</translation>
    </message>
    <message>
        <source>Attribute (年代, 職業, 区 …):</source>
        <translation>属性（年代、職業、区 など）:</translation>
    </message>
    <message>
        <source>Group (10歳代, 学生 …):</source>
        <translation>区分（10歳代、学生 など）:</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>グラフのエクスポート</translation>
    </message>
    <message>
        <source>The chart could not be written to “%1”.</source>
        <translation>グラフを「%1」に書き出せませんでした。</translation>
    </message>
    <message>
        <source>Exported the chart to %1.</source>
        <translation>グラフを %1 に書き出しました。</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG画像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG画像 (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Print Chart</source>
        <translation>グラフの印刷</translation>
    </message>
    <message>
        <source>From Respondents &amp;File…</source>
        <translation>回答データから集計(&amp;F)…</translation>
    </message>
    <message>
        <source>Compute the table from a CSV file of one row per respondent</source>
        <translation>回答者1人1行のCSVファイルから設問の表を集計します</translation>
    </message>
    <message>
        <source>Could not print the chart.</source>
        <translation>グラフを印刷できませんでした。</translation>
    </message>
    <message>
        <source>New &amp;Survey</source>
        <translation>新しい調査(&amp;S)</translation>
    </message>
    <message>
        <source>Add a survey; then type its title, year and counts on the right</source>
        <translation>調査を追加します。続けて右側に名称・年度・件数を入力します</translation>
    </message>
    <message>
        <source>New &amp;Question…</source>
        <translation>新しい設問(&amp;Q)…</translation>
    </message>
    <message>
        <source>Add a question with its answer categories to the survey shown</source>
        <translation>表示中の調査に設問と選択肢を追加します</translation>
    </message>
    <message>
        <source>New survey</source>
        <translation>新しい調査</translation>
    </message>
    <message>
        <source>Add survey</source>
        <translation>調査の追加</translation>
    </message>
    <message>
        <source>Added a survey: type its title, fiscal year and counts, then add its questions.</source>
        <translation>調査を追加しました。名称・年度・件数を入力し、設問を追加してください。</translation>
    </message>
    <message>
        <source>Add question %1</source>
        <translation>設問 %1 の追加</translation>
    </message>
    <message>
        <source>Added the question %1: type its figures in the grid.</source>
        <translation>設問 %1 を追加しました。表に数値を入力してください。</translation>
    </message>
    <message>
        <source>A&amp;ssumed value</source>
        <translation>仮定の値(&amp;S)</translation>
    </message>
    <message>
        <source>Check when the valid responses are an assumption, not the survey&apos;s own figure: every table, chart and report that uses n then says so</source>
        <translation>有効回答数が調査自体の数値ではなく仮定の値のときに選びます。n を使う表・グラフ・報告書のすべてにその旨が表示されます</translation>
    </message>
    <message>
        <source>What the assumption rests on (shown with n wherever it is used)</source>
        <translation>仮定の根拠（n を使うすべての箇所に表示されます）</translation>
    </message>
    <message>
        <source>Assumption:</source>
        <translation>仮定の根拠:</translation>
    </message>
    <message>
        <source>Valid responses (n): the base of the 全体 row when it has none of its own, and of the significance test of a survey-fed indicator</source>
        <translation>有効回答数（n）: 全体の行に基数がないときの基数、また調査による指標の有意性の検定に使われます</translation>
    </message>
    <message>
        <source>n = %1 is an assumption, not the survey&apos;s own figure.</source>
        <translation>n = %1 は調査自体の数値ではなく仮定の値です。</translation>
    </message>
    <message>
        <source>n = %1 is an assumption, not the survey&apos;s own figure: %2</source>
        <translation>n = %1 は調査自体の数値ではなく仮定の値です: %2</translation>
    </message>
    <message>
        <source>Surveys and questions</source>
        <translation>調査と設問</translation>
    </message>
    <message>
        <source>Answers by group</source>
        <translation>属性別の回答</translation>
    </message>
    <message>
        <source>Typing replaces the count of the cell, F2 edits it; Enter goes down, Tab right; Delete clears; Ctrl+C and Ctrl+V copy and paste blocks.</source>
        <translation>入力するとセルの件数を置き換え、F2で編集します。Enterで下へ、Tabで右へ移動し、Deleteで消去します。Ctrl+C・Ctrl+Vで範囲をコピー・貼り付けします。</translation>
    </message>
    <message>
        <source>Chart of the answers</source>
        <translation>回答のグラフ</translation>
    </message>
</context>
<context>
    <name>seika::ui::TargetTableModel</name>
    <message>
        <source>at least (≥)</source>
        <translation>以上（≥）</translation>
    </message>
    <message>
        <source>at most (≤)</source>
        <translation>以下（≤）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Written without 以上 or 以下; reached when the actual gets there in the better direction.</source>
        <translation>「以上」「以下」を付けずに表記します。実績値が望ましい方向にこの値に達したときに達成とみなします。</translation>
    </message>
    <message>
        <source>How the evaluation sheet writes this target</source>
        <translation>施策評価シートでのこの目標値の表記</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>以上・以下</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>シート上の表記</translation>
    </message>
    <message>
        <source>Target %1, %2: %3</source>
        <translation>目標値（%1行目）の%2: %3</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>%1 already has a target (row %2).</source>
        <translation>%1の目標値は既にあります（%2行目）。</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>seika::ui::TrendChart</name>
    <message>
        <source>No figures to chart yet.</source>
        <translation>グラフに表示する値がまだありません。</translation>
    </message>
    <message>
        <source>Unit: %1 (axis from 0)</source>
        <translation>単位: %1（軸は0から）</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>単位: %1</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>※ %1.</source>
        <translation>※ %1。</translation>
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
        <translation>%1は確定済みです（%2、%3）。</translation>
    </message>
    <message>
        <source>%1: no evaluation</source>
        <translation>%1：評価が未入力</translation>
    </message>
    <message>
        <source>%1, %2: no figure for %3</source>
        <translation>%1、%2：%3の実績値が未入力</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>…ほか%n件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not everything of this year is entered yet:</source>
        <translation>この年度には、まだ入力されていないものがあります：</translation>
    </message>
</context>
<context>
    <name>seika::ui::YearlyValuesEditor</name>
    <message>
        <source>&amp;Indicator:</source>
        <translation>成果指標(&amp;I):</translation>
    </message>
    <message>
        <source>Show every area side by side, or one area with its counts and rate</source>
        <translation>すべての地域を並べて表示するか、1つの地域を件数・率とともに表示するかを選択します</translation>
    </message>
    <message>
        <source>&amp;Areas:</source>
        <translation>地域(&amp;A):</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>保存しました: %1</translation>
    </message>
    <message>
        <source>Saved with warnings: %1</source>
        <translation>保存しました（警告あり）: %1</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1（コード: %2）</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>すべての地域</translation>
    </message>
    <message>
        <source>“%1” is open read-only: the figures can be viewed and copied, not changed.</source>
        <translation>「%1」は読み取り専用で開かれています。値の表示とコピーはできますが、変更はできません。</translation>
    </message>
    <message>
        <source>This measure has no indicators to enter.</source>
        <translation>この施策には、値を入力できる成果指標がありません。</translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>文書が開かれていません。</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>%1 = %2 ÷ %3 × 100 (%4). Enter both counts; the rate follows. The city&apos;s counts are the sum of the wards unless entered.</source>
        <translation>%1 = %2 ÷ %3 × 100（単位: %4）。件数を両方入力すると、率が算出されます。市全体の件数は、入力しない場合は各区の合計になります。</translation>
    </message>
    <message>
        <source>%1 (unit: %2).</source>
        <translation>%1（単位: %2）。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>&amp;Copy Message</source>
        <translation>メッセージをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation>基準日(&amp;O):</translation>
    </message>
    <message>
        <source>The date the figure refers to (基準日), e.g. April 1 for a membership rate</source>
        <translation>値の基準日（加入率なら4月1日など）</translation>
    </message>
    <message>
        <source>A note on this figure: where it comes from, what it leaves out</source>
        <translation>この値の注記（出典、含まないものなど）</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>注記(&amp;N):</translation>
    </message>
    <message>
        <source>Date and note of %1</source>
        <translation>%1 の基準日と注記</translation>
    </message>
    <message>
        <source>Saved the date and note of %1.</source>
        <translation>%1 の基準日と注記を保存しました。</translation>
    </message>
    <message>
        <source>&amp;By Year</source>
        <translation>年度ごと(&amp;B)</translation>
    </message>
    <message>
        <source>One row per fiscal year, the areas side by side</source>
        <translation>年度を行に、地域を横に並べて表示します</translation>
    </message>
    <message>
        <source>By &amp;Ward (One Year)</source>
        <translation>区ごと（1年度）(&amp;W)</translation>
    </message>
    <message>
        <source>One fiscal year: the city and every ward as rows, the indicator&apos;s fields as columns. Rows pasted with ward names go to those wards.</source>
        <translation>1つの年度について、市全体と各区を行に、成果指標の項目を列に表示します。区の名前を見出しにして貼り付けた行は、その区に入ります。</translation>
    </message>
    <message>
        <source>The fiscal year whose figures of every area are shown</source>
        <translation>各地域の値を表示する年度</translation>
    </message>
    <message>
        <source>Fiscal year of the war&amp;ds:</source>
        <translation>区ごとの年度(&amp;D):</translation>
    </message>
    <message>
        <source>Italic: the sum of the wards, or a rate entered without its counts. Amber: a warning (outlier or gap; hover for details). Grey: derived, a target, or a locked year. Type to overwrite, F2 to edit, Delete to clear, Ctrl+C / Ctrl+V to copy and paste blocks from Excel; rows labelled with ward names or fiscal years go to their rows.</source>
        <translation>斜体: 各区の合計、または件数を伴わずに入力された率。黄色: 警告（外れ値または欠測。マウスを重ねると詳細を表示）。灰色: 自動で算出される値、目標値、または確定済みの年度。入力すると上書き、F2で編集、Deleteでクリア、Ctrl+C / Ctrl+V でExcelとの間で範囲をコピー・貼り付けできます（区の名前や年度を行の見出しにした範囲は、その行に貼り付けられます）。</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation>%1（確定済み）</translation>
    </message>
    <message>
        <source>Yearly values</source>
        <translation>年度別の値</translation>
    </message>
    <message>
        <source>Typing replaces the figure of the cell, F2 edits it; Enter goes down, Tab right; Delete clears; Ctrl+C and Ctrl+V copy and paste blocks.</source>
        <translation>入力するとセルの数値を置き換え、F2で編集します。Enterで下へ、Tabで右へ移動し、Deleteで消去します。Ctrl+C・Ctrl+Vで範囲をコピー・貼り付けします。</translation>
    </message>
    <message>
        <source>Date the figure refers to</source>
        <translation>基準日</translation>
    </message>
    <message>
        <source>%1: the figures can be viewed and copied, not changed.</source>
        <translation>%1: 数値は表示とコピーのみで、変更できません。</translation>
    </message>
    <message>
        <source>%1: you enter the figures of your own wards; the other rows are shown, not changeable.</source>
        <translation>%1: 自分の区の数値を入力します。その他の行は表示のみで、変更できません。</translation>
    </message>
</context>
</TS>
