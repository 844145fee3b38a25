# feed update --fetch-articles (issue 16): a teaser feed whose items' pages are fetched from a
# local HTTP server (tests/cli/article_server.py, pages in tests/fixtures/pages) and read for
# their main content; robots.txt, the per-host limit and delay, a failing page retried at the next
# run, a consent page, and links to internal addresses refused without a connection.
source "$(dirname "$0")/suite_lib.bash" "$@"

mkdir -p "$WORK/state"
if ! start_server "$WORK/port" python3 "$ROOT/tests/cli/article_server.py" "$WORK/port" "$WORK/requests" \
    "$ROOT/tests/fixtures/pages" "$WORK/state"; then
    finish
    exit $?
fi
PORT=$(cat "$WORK/port")
URL=http://127.0.0.1:$PORT
OTHER=http://127.0.0.2:$PORT
touch "$WORK/requests"

# requested PATH: how many times the server was asked for PATH (on any listener).
requested() { awk -F'\t' -v p="$1" '$2 == p' "$WORK/requests" | wc -l; }

# --- without --fetch-articles nothing but the feed is requested -----------------------------------
TRACKER_DB=$(new_db plain)
export TRACKER_DB
expect_exit 0 "plain: feed add" feed add "$URL/teaser.xml"
expect_exit 0 "plain: update stores the feed's text" feed update --timeout 10
check "plain: 12 new" contains err "$URL/teaser.xml: 12 new, 0 unchanged"
check "plain: only the feed was requested" test "$(awk -F'\t' '$2 != "/teaser.xml"' "$WORK/requests" | wc -l)" -eq 0
: >"$WORK/requests"

# --- the first update with the feed's own --fetch-articles ----------------------------------------
TRACKER_DB=$(new_db fetch)
export TRACKER_DB
expect_exit 0 "add --fetch-articles" feed add "$URL/teaser.xml" --fetch-articles
check "add says the pages will be fetched" contains out "subscribed: $URL/teaser.xml (its items' pages will be fetched"
expect_exit 0 "feed list" feed list --format json
check "the feed keeps fetch_articles" json_check out "d[0]['fetch_articles'] is True"

expect_exit 3 "update: a failing page makes exit 3, the rest imports" feed update --timeout 10 --fetch-delay 0
check "10 new, the second link to the same canonical page unchanged, 1 left" \
    contains err "$URL/teaser.xml: 10 new, 1 unchanged, 1 left for the next run (page failed)"
check "the 404 page named" contains err "$URL/articles/missing.html: HTTP 404 (the item is tried again next run)"
check "the consent page falls back to the feed's text" \
    contains err "$URL/articles/consent.html: no article in the page (no article text in the HTML); kept the feed's text"
check "so does a paywall page with a line of prose" grep -qE \
    "^$URL/articles/paywall.html: no article in the page \([0-9]+ bytes of text\); kept the feed's text$" "$WORK/err"
check "the disallowed page is named" \
    contains err "$URL/members/secret.html: not fetched, disallowed by robots.txt; kept the feed's text"
check "link-local refused" contains err \
    "http://169.254.169.254/latest/meta-data/: refused: 169.254.169.254 is a link-local address (not the feed's own host); kept the feed's text"
check "private refused" contains err \
    "http://10.0.0.1/wiki/: refused: 10.0.0.1 is a private address (not the feed's own host); kept the feed's text"
check "another loopback address refused" contains err \
    "$OTHER/articles/chips.html: refused: 127.0.0.2 is a loopback address (not the feed's own host); kept the feed's text"
check "a redirect to another loopback address refused" contains err \
    "$URL/redirect-inside: refused: 127.0.0.2 is a loopback address (not the feed's own host); kept the feed's text"
check "each refusal is one line" test "$(grep -c 'refused: ' "$WORK/err")" -eq 4

check "robots.txt read once for the run" test "$(requested /robots.txt)" -eq 1
check "the disallowed page never requested" test "$(requested /members/secret.html)" -eq 0
check "nothing reached 127.0.0.2" test "$(awk -F'\t' '$1 == "127.0.0.2"' "$WORK/requests" | wc -l)" -eq 0
check "the redirect itself was requested (its target was not)" test "$(requested /redirect-inside)" -eq 1
check "pages requested with tracker's User-Agent" \
    test "$(awk -F'\t' '$2 == "/articles/chips.html" && $5 ~ /^tracker\/0\.1/' "$WORK/requests" | wc -l)" -eq 1
if [ -e "$WORK/state/no-second-listener" ]; then
    echo "note: no listener on 127.0.0.2 here; its check shows no request was made, not that one would have landed" >&2
fi

expect_exit 0 "articles" articles --format json
check "the teaser became the page's article: publisher, date and title from its meta tags" json_check out \
    "[(a['source'], a['reported_date'], a['title']) for a in d if a['url'] == '$URL/articles/chips.html'] == [('Harbor Ledger', '2025-11-20', 'Inquiry into chip shipments widens')]"
check "one article for two links to the same canonical page" json_check out \
    "sum(a['url'].startswith('$URL/articles/chips.html') for a in d) == 1"
check "publisher, date and author from JSON-LD" json_check out \
    "[(a['source'], a['reported_date'], a['author']) for a in d if a['url'] == '$URL/articles/ledger.html'] == [('Northern Circuit', '2025-10-02', 'Mira Okafor')]"
check "a canonical URL on another host is not taken; the item's date wins" json_check out \
    "[(a['source'], a['reported_date']) for a in d if a['url'] == '$URL/articles/imposter.html'] == [('Imposter Daily', '2025-11-04')]"
check "no article under the imposter's canonical URL" json_check out "not any('news.example.org' in a['url'] for a in d)"
check "refused and fallen-back items keep the feed's title as source" json_check out \
    "all(a['source'] == 'Teaser Wire' for a in d if any(k in a['url'] for k in ('consent', 'paywall', '169.254', 'members')))"
check "the missing page's item is not stored" json_check out "not any('missing' in a['url'] for a in d)"

expect_exit 0 "claims" query --format json
check "claims from the pages' bodies" json_check out \
    "{'Tencent', 'Alibaba'} <= {c['actor'] for c in d}"
check "the consent and paywall pages' items give their teasers' claims" json_check out \
    "{'Zhipu AI', 'DeepSeek'} <= {c['actor'] for c in d}"
check "none from sidebars, promos or comments" json_check out \
    "not ({'Moonshot AI', 'Baidu', 'ByteDance'} & {c['actor'] for c in d})"

# --- the next run: the failed page is tried again, nothing else is -------------------------------
touch "$WORK/state/fixed"
expect_exit 0 "second update: the page is there now" feed update --timeout 10 --fetch-delay 0
check "1 new, 11 unchanged" contains err "$URL/teaser.xml: 1 new, 11 unchanged"
check "the missing page requested twice in all" test "$(requested /articles/missing.html)" -eq 2
check "refused and stored items not tried again" test "$(requested /redirect-inside)" -eq 1
check "nothing refused this time" bash -c "! grep -q 'refused' '$WORK/err'"
expect_exit 0 "articles after the second update" articles --format json
check "the recovered page stored with its metadata" json_check out \
    "[(a['source'], a['reported_date']) for a in d if a['url'] == '$URL/articles/missing.html'] == [('Harbor Ledger', '2025-11-22')]"
expect_exit 0 "claims after the second update" query --actor MiniMax --format json
check "its claim extracted" json_check out "len(d) >= 1"

# --- politeness: at most 2 requests at once per host ----------------------------------------------
: >"$WORK/requests"
expect_exit 0 "burst: feed add" feed add "$URL/burst.xml"
expect_exit 0 "burst: update --fetch-articles fetches a feed added without it" \
    feed update --fetch-articles --fetch-delay 0 --timeout 10
check "burst: 6 new" contains err "$URL/burst.xml: 6 new, 0 unchanged"
check "burst: every slow page requested" test "$(awk -F'\t' '$2 ~ /^\/slow\//' "$WORK/requests" | wc -l)" -eq 6
max_in_flight=$(awk -F'\t' '$2 ~ /^\/slow\// && $3 > m { m = $3 } END { print m + 0 }' "$WORK/requests")
check "burst: never more than 2 at once on the host (saw $max_in_flight)" test "$max_in_flight" -le 2
check "burst: the 2 slots were used (saw $max_in_flight)" test "$max_in_flight" -eq 2
expect_exit 0 "burst: --fetch-articles given to a feed already subscribed" feed add "$URL/burst.xml" --fetch-articles
check "burst: it says so" contains out "already subscribed: $URL/burst.xml (its items' pages will be fetched"
expect_exit 0 "burst: feed list" feed list --format json
check "burst: the feed now keeps fetch_articles" json_check out \
    "[f['fetch_articles'] for f in d if f['url'].endswith('/burst.xml')] == [True]"

# --- politeness: the delay between two requests to a host ------------------------------------------
: >"$WORK/requests"
expect_exit 0 "paced: feed add --fetch-articles" feed add "$URL/paced.xml" --fetch-articles
expect_exit 0 "paced: update with a 0.6 s delay" feed update --fetch-delay 0.6 --timeout 10
check "paced: 3 new" contains err "$URL/paced.xml: 3 new, 0 unchanged"
# robots.txt and the three pages start 0.6 s apart at least, so the server sees them arrive over
# 1.8 s or more; 1.4 leaves room for a request that was slow to connect (without the delay they
# arrive within a few milliseconds).
span=$(awk -F'\t' '$2 == "/robots.txt" || $2 ~ /^\/paced\/[0-9]/ { if (!n++) first = $4; last = $4 }
                   END { printf "%d %.2f", n, last - first }' "$WORK/requests")
check "paced: 4 requests to the host over at least 1.4 s (saw: $span)" \
    awk -v s="$span" 'BEGIN { split(s, a, " "); exit !(a[1] == 4 && a[2] >= 1.4) }'

# --- a feed read from a file has no host of its own: a name that resolves to loopback is refused ---
TRACKER_DB=$(new_db file)
export TRACKER_DB
cat >local.xml <<XML
<rss version="2.0"><channel><title>File Wire</title>
<item><guid>f1</guid><title>Local</title><link>http://localhost:$PORT/articles/chips.html</link>
<description>A teaser read from a file.</description></item></channel></rss>
XML
: >"$WORK/requests"
expect_exit 0 "file feed: feed add" feed add local.xml
expect_exit 3 "file feed: its link to localhost is refused" feed update --fetch-articles --fetch-delay 0 --timeout 10
check "file feed: refused after resolving the name" grep -qE \
    "^tracker: http://localhost:$PORT/articles/chips.html: refused: (127\.0\.0\.1|::1) is a loopback address \(not the feed's own host\); kept the feed's text$" "$WORK/err"
check "file feed: no request reached the server" test ! -s "$WORK/requests"
check "file feed: the item stored with its own text" contains err "$WORK/local.xml: 1 new, 0 unchanged"

kill "$server" 2>/dev/null
wait "$server" 2>/dev/null
finish
