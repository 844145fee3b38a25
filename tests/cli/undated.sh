# issue 16: an article that gives no date stays undated: no modification-time fallback,
# `articles --undated` lists it, timelines and reports label it.
source "$(dirname "$0")/suite_lib.bash" "$@"

mkdir -p in
cat > in/undated.txt <<'TEXT'
Ruritania Lab Denies Buying Smuggled Accelerators

Nvidia denied that DeepSeek had obtained any Blackwell systems.
TEXT
cat > in/dated.html <<'HTML'
<!DOCTYPE html><html><head><title>Lab story</title>
<meta property="og:site_name" content="The Daily Wafer">
<meta property="article:published_time" content="2025-12-03T10:00:00Z"></head>
<body><article><h1>Officials describe the chip review</h1>
<p>The Information reported on Wednesday that DeepSeek had trained its model on smuggled
Nvidia Blackwell chips, citing people with knowledge of the project.</p></article></body></html>
HTML
touch -d '2021-06-01 12:00' in/undated.txt in/dated.html

expect_exit 0 "parse a file that gives no date" parse in/undated.txt --format json
check "its date is null, not the file's time" json_check out "d[0]['date'] is None"
expect_exit 0 "parse a page with a published time" parse in/dated.html --format json
check "the page's metadata dates it" json_check out "d[0]['date'] == '2025-12-03' and d[0]['source'] == 'The Daily Wafer'"

expect_exit 0 "ingest both" ingest in
expect_exit 0 "articles as JSON" articles --format json
check "the undated article has a null reported_date" json_check out \
    "sorted([a['reported_date'] for a in d], key=str) == ['2025-12-03', None] or sorted([str(a['reported_date']) for a in d]) == ['2025-12-03', 'None']"
expect_exit 0 "articles --undated" articles --undated --format json
check "lists only the undated article" json_check out "len(d) == 1 and d[0]['path'].endswith('undated.txt')"
expect_exit 0 "articles --undated as a table" articles --undated --format csv
check "the table labels it undated" contains out ",undated,"

expect_exit 0 "query as a table" query --format csv
check "an undated claim is labelled in the timeline" contains out ",undated,"
check "a dated claim keeps its date" contains out "2025-12"

expect_exit 0 "propositions as a table" propositions --format csv
check "a proposition only undated articles carry is first reported 'undated'" contains out ",undated,"

expect_exit 0 "report as Markdown" report --format markdown
check "the report labels the undated claim" contains out "undated"
expect_exit 0 "report as HTML" report -o report.html
check "the HTML report lists undated claims apart from the axis" contains report.html "class=ud>undated:"

expect_exit 0 "--date dates an article that gives none" parse in/undated.txt --date 2025-12-11 --format json
check "its date is the one given" json_check out "d[0]['date'] == '2025-12-11'"

finish
