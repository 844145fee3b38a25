# Feeds (issue 5): subscriptions to local feed files and to a real HTTP server on 127.0.0.1,
# `feed update` as the nightly cron job runs it, `feed show` as JSON.
source "$(dirname "$0")/suite_lib.bash" "$@"

# --- local files ---------------------------------------------------------------------------------
cat >good.xml <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Chip Wire</title><link>https://wire.example.com/news/</link>
<item><guid>wire-1</guid><title><![CDATA[DeepSeek <b>trained</b> on smuggled chips]]></title><link>2025/a</link>
<pubDate>Wed, 10 Dec 2025 08:00:00 +0200</pubDate><dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">Ana Ruiz</dc:creator>
<description>&lt;p&gt;DeepSeek trained its model on smuggled Nvidia B200 chips, people familiar with the matter said.&lt;/p&gt;</description></item>
<item><title>Nvidia denies the report</title><link>/b</link><pubDate>11 Dec 2025 09:30 GMT</pubDate>
<description>Nvidia denied that its chips were smuggled to DeepSeek.</description></item>
</channel></rss>
XML
cat >atom.xml <<'XML'
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example.org/"><title>Atom Desk</title>
<entry><id>tag:atom.example.org,2025:1</id><title type="html">Export rules &lt;em&gt;tightened&lt;/em&gt;</title>
<link href="posts/1"/><updated>2025-12-12T10:00:00Z</updated>
<content type="html">&lt;p&gt;The Commerce Department tightened export rules for Nvidia H20 chips.&lt;/p&gt;</content></entry>
</feed>
XML
cat >feed.json <<'JSON'
{"version": "https://jsonfeed.org/version/1.1", "title": "JSON Desk", "home_page_url": "https://json.example.net/",
 "items": [{"id": "j1", "url": "/j/1", "title": "A JSON item", "content_text": "Huawei released a new model.",
            "date_published": "2025-12-13T00:00:00Z"}]}
JSON
printf '<rss version="2.0"><channel><title>Broken</title>\n<item></channel></rss>\n' >bad.xml

for f in good.xml atom.xml feed.json bad.xml; do expect_exit 0 "feed add $f" feed add "$f"; done
check "add prints the absolute path" contains out "subscribed: $WORK/bad.xml"
expect_exit 0 "adding again is harmless" feed add good.xml
check "adding again says so" contains out "already subscribed"
expect_exit 1 "a missing file is refused" feed add nowhere.xml
check "it is named" contains err "nowhere.xml: no such file"
expect_exit 1 "another scheme is refused" feed add ftp://example.com/feed.xml

expect_exit 3 "update: a malformed feed fails, the others import" feed update
check "good feed: 2 new" contains err "$WORK/good.xml: 2 new, 0 unchanged"
check "atom feed: 1 new" contains err "$WORK/atom.xml: 1 new, 0 unchanged"
check "json feed: 1 new" contains err "$WORK/feed.json: 1 new, 0 unchanged"
check "bad feed named with its reason" contains err "$WORK/bad.xml: failed: malformed feed: line 2: Start-end tags mismatch"
expect_exit 0 "articles after the first update" articles --format json
check "4 articles, with the feed's title as source" json_check out \
    "len(d) == 4 and sorted(set(a['source'] for a in d)) == ['Atom Desk', 'Chip Wire', 'JSON Desk']"
check "links resolved against the channel link" json_check out \
    "sorted(a['url'] for a in d) == ['https://atom.example.org/posts/1', 'https://json.example.net/j/1', 'https://wire.example.com/b', 'https://wire.example.com/news/2025/a']"
check "title without markup, author and date kept" json_check out \
    "any(a['title'] == 'DeepSeek trained on smuggled chips' and a['author'] == 'Ana Ruiz' and a['reported_date'] == '2025-12-10' for a in d)"

expect_exit 3 "a second update imports nothing" feed update
check "good feed: 0 new" contains err "$WORK/good.xml: 0 new, 2 unchanged"
expect_exit 0 "still 4 articles" articles --format json
check "no double import" json_check out "len(d) == 4"

expect_exit 0 "feed list as JSON" feed list --format json
check "list shows items and status" json_check out \
    "len(d) == 4 and {f['url'].rsplit('/',1)[1]: f['items'] for f in d} == {'good.xml': 2, 'atom.xml': 1, 'feed.json': 1, 'bad.xml': 0} and any(f['last_status'].startswith('failed: malformed feed') for f in d)"

expect_exit 0 "feed remove" feed remove bad.xml
expect_exit 1 "removing again: not subscribed" feed remove bad.xml
expect_exit 0 "update with only good feeds" feed update --quiet
check "--quiet prints nothing when all is well" test ! -s "$WORK/err"

expect_exit 0 "feed show --format json" feed show good.xml --format json
check "show has the spec's fields" json_check out \
    "list(d) == ['title','link','format','items'] and all(list(i) == ['id','title','link','published','updated','author','text'] for i in d['items'])"
check "show converts dates to UTC and HTML to text" json_check out \
    "d['format'] == 'rss 2.0' and d['items'][0]['published'] == '2025-12-10T06:00:00Z' and d['items'][0]['title'] == 'DeepSeek trained on smuggled chips' and '<p>' not in d['items'][0]['text'] and d['items'][1]['id'] == 'https://wire.example.com/b'"

cat >bomb.xml <<'XML'
<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY a "aaaaaaaaaa"> <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"> <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"> ]>
<rss version="2.0"><channel><title>&c;</title></channel></rss>
XML
expect_exit 1 "an entity bomb is refused" feed show bomb.xml --format json
check "with a clear reason" contains err "bomb.xml: malformed feed: its DOCTYPE declares entities"

# Two updates at once: the second waits for the first's lock; neither imports twice.
sed -e 's/wire-1/wire-2/' -e 's|2025/a|2025/z|' -e 's|>/b<|>/c<|' good.xml >good2.xml
expect_exit 0 "feed add good2" feed add good2.xml
"$TRACKER" feed update >/dev/null 2>"$WORK/race1" &
"$TRACKER" feed update >/dev/null 2>"$WORK/race2"
wait
check "one of the concurrent runs imported the new item, once" bash -c \
    "cat '$WORK/race1' '$WORK/race2' | grep -c 'good2.xml: 2 new' | grep -qx 1"
# SQLite's lock is a file beside the database; PostgreSQL's a lock on the server (nothing to see).
on_postgresql || check "a lock file lives beside the database" test -e "$TRACKER_DB.lock"

# --- HTTP, against a server on 127.0.0.1 ----------------------------------------------------------
if ! command -v python3 >/dev/null; then
    echo "skipped HTTP tests: python3 not found"
    finish
    exit $?
fi
if ! start_server "$WORK/port" python3 "$ROOT/tests/cli/feed_server.py" "$WORK/port" "$WORK/requests"; then
    finish
    exit $?
fi
URL=http://127.0.0.1:$(cat "$WORK/port")
TRACKER_DB=$(new_db http)
export TRACKER_DB

expect_exit 0 "http: feed add" feed add "$URL/feed.xml"
expect_exit 0 "http: first update imports" feed update --timeout 10
check "http: 1 new" contains err "$URL/feed.xml: 1 new, 0 unchanged"
check "http: our User-Agent" contains requests $'/feed.xml\t\ttracker/0.1 (+feed reader)'
expect_exit 0 "http: second update is a conditional GET" feed update --timeout 10
check "http: the ETag was sent back" contains requests $'/feed.xml\t"v1"\t'
check "http: 304 reported as not modified" contains err "$URL/feed.xml: 0 new, 0 unchanged (not modified)"

for route in missing error; do expect_exit 0 "http: add /$route" feed add "$URL/$route"; done
expect_exit 3 "http: 404 and 500 fail, the good feed is fine" feed update --timeout 10
check "http: 404 named" contains err "$URL/missing: failed: HTTP 404"
check "http: 500 named" contains err "$URL/error: failed: HTTP 500"

expect_exit 0 "http: a redirect is followed" feed show "$URL/redirect" --format json
check "http: redirected feed parsed" json_check out "d['title'] == 'Served Wire' and d['items'][0]['link'].endswith('/served/1')"
expect_exit 0 "http: gzip is decoded" feed show "$URL/gzip.xml" --format json
check "http: gzip feed parsed" json_check out "d['title'] == 'Served Wire'"
expect_exit 1 "http: a redirect loop stops" feed show "$URL/loop" --timeout 10
check "http: redirect limit named" contains err "$URL/loop: Maximum (5) redirects followed"
expect_exit 1 "http: a redirect to file:// is refused" feed show "$URL/to-file" --timeout 10
check "http: no passwd read" bash -c "! grep -q 'root:' '$WORK/out'"
expect_exit 1 "http: an oversized feed is refused" feed show "$URL/big" --timeout 20
check "http: size named" contains err "$URL/big: too large (over 20 MB)"
expect_exit 1 "http: a web page is not a feed" feed show "$URL/page.html"
check "http: non-feed named" grep -q "$URL/page.html: " "$WORK/err"
expect_exit 1 "http: a slow server times out" feed show "$URL/slow" --timeout 1
check "http: timeout named" contains err "$URL/slow: Operation timed out"

kill "$server" 2>/dev/null
wait "$server" 2>/dev/null
finish
