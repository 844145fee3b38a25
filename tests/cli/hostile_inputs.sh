# Hostile and broken input (issue 6): each bad input rejected in one line naming it and the reason,
# the rest of the batch stored; feeds that attack the XML parser refused; databases that are not
# ours, read-only or on a full disk fail cleanly and stay intact. Extends rejected_inputs.sh.
# Mounting a small file system needs root (CI runs as root); without it those cases are skipped
# with the reason printed.
source "$(dirname "$0")/suite_lib.bash" "$@"

MOUNTS=()
unmount_all() { for m in "${MOUNTS[@]}"; do umount "$m" 2>/dev/null; done; }
trap 'unmount_all; rm -rf "$WORK"' EXIT

# mount_tmpfs DIR SIZE: a small file system of our own, or false when it cannot be mounted.
mount_tmpfs() {
    mkdir -p "$1"
    [ "$(id -u)" -eq 0 ] && mount -t tmpfs -o "size=$2" tracker-test "$1" 2>/dev/null && MOUNTS+=("$1")
}

# article FILE N: a short article with one claim (Nth of a batch).
article() {
    printf 'Chip Report %s\n\nDeepSeek obtained Nvidia H20 chips through a reseller in Singapore in deal %s, people familiar with the matter said.\n' \
        "$2" "$2" >"$1"
}

# stored_paths: the paths of the stored articles, one per line, sorted.
stored_paths() {
    "$TRACKER" articles --format json | python3 -c 'import json,sys; print("\n".join(sorted(a["path"] for a in json.load(sys.stdin))))'
}

# integrity_ok DB: SQLite's own check of the whole file.
integrity_ok() {
    python3 -c 'import sqlite3,sys; sys.exit(0 if sqlite3.connect(sys.argv[1]).execute("PRAGMA integrity_check").fetchall() == [("ok",)] else 1)' "$1"
}

# --- bytes that are not an article ---------------------------------------------------------------
mkdir batch
article batch/a_good.txt 1
printf '\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00' >batch/b_elf.txt
printf '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR' >batch/c_png.md
printf 'DeepSeek obtained chips.\n\x00\x00 trailing' >batch/d_nul_inside.txt
printf '\xff\xfeD\x00e\x00e\x00p\x00' >batch/e_utf16.txt
printf 'Overlong \xc0\xaf slash' >batch/f_overlong.txt
printf 'Surrogate \xed\xa0\x80 half' >batch/g_surrogate.txt
printf 'Cut short \xe2\x82' >batch/h_truncated.txt
printf -- '---\ntitle: Never closed\nsource: Wire\n\n' >batch/i_front_matter.md
head -c $((10 * 1024 * 1024 + 1)) /dev/zero | tr '\0' 'a' >batch/j_over_cap.txt
head -c $((50 * 1024 * 1024)) /dev/zero | tr '\0' 'a' >batch/k_50mb_line.txt
python3 -c 'import sys; open(sys.argv[1], "w").write("<html><body>" + "<div>" * 200000 + "DeepSeek obtained chips." + "</div>" * 200000)' batch/l_deep.html
python3 -c 'import sys; open(sys.argv[1], "w").write("<html><body>" + "<span>" * 1700000)' batch/m_deeper.html
# A single line of 2 MB under the cap: read, not refused.
python3 -c 'import sys; open(sys.argv[1], "w").write("DeepSeek obtained Nvidia H20 chips through a reseller, people said. " * 30000)' batch/n_long_line.txt

expect_exit 3 "a batch of bad files exits 3" ingest batch
check "ELF binary named" contains err "tracker: batch/b_elf.txt: binary file (NUL byte at offset 7)"
check "PNG named" contains err "tracker: batch/c_png.md: binary file (NUL byte at offset 8)"
check "NUL inside text named with its offset" contains err "tracker: batch/d_nul_inside.txt: binary file (NUL byte at offset 25)"
check "UTF-16 named" contains err "tracker: batch/e_utf16.txt: binary file (NUL byte at offset 3)"
check "overlong form named" contains err "tracker: batch/f_overlong.txt: not UTF-8 (invalid byte at offset 9)"
check "surrogate named" contains err "tracker: batch/g_surrogate.txt: not UTF-8 (invalid byte at offset 10)"
check "truncated sequence named" contains err "tracker: batch/h_truncated.txt: not UTF-8 (invalid byte at offset 10)"
check "unclosed front matter named" contains err "tracker: batch/i_front_matter.md: front matter never closes"
check "one byte over the cap named" contains err "tracker: batch/j_over_cap.txt: too large (10.0 MB, limit 10 MB)"
check "50 MB line named" contains err "tracker: batch/k_50mb_line.txt: too large (50.0 MB, limit 10 MB)"
check "deep HTML named" contains err "tracker: batch/l_deep.html: HTML nested too deeply (over 1000 levels)"
check "deeper HTML named" contains err "tracker: batch/m_deeper.html: HTML nested too deeply (over 1000 levels)"
check "one line per rejected file, nothing else" test "$(wc -l <err)" -eq 12
check "the good files are stored" contains out "2 new, 0 unchanged, 0 replaced, 12 rejected"
check "the long line is stored" bash -c "'$TRACKER' articles --format json | grep -q n_long_line.txt"

head -c $((50 * 1024 * 1024)) /dev/zero | tr '\0' 'a' | "$TRACKER" ingest - >out 2>err
check "50 MB on standard input exits 3" test $? -eq 3
check "standard input read no further than the cap" contains err "tracker: -: too large (over the 10 MB limit)"

# --- paths with spaces and odd characters --------------------------------------------------------
odd="odd dir (1)"
mkdir "$odd"
names=("sp ace.txt" "quote's \"double\".md" 'semi;colon&amp$HOME.txt' "-leading-dash.txt" "ünïcödé 名前.txt"
    'back\slash.txt' "star*glob?.txt" $'tab\there.txt' $'new\nline.txt' "[brackets] {braces}.md")
n=0
for name in "${names[@]}"; do article "$odd/$name" "odd$((n += 1))"; done
printf '\x00binary' >"$odd/bad 'name' here.txt"
export TRACKER_DB=$WORK/odd.db
expect_exit 3 "a folder with odd names: the bad one rejected" ingest "$odd"
check "every odd name stored" contains out "${#names[@]} new, 0 unchanged, 0 replaced, 1 rejected"
check "the rejected odd name in one line" contains err "tracker: $odd/bad 'name' here.txt: binary file (NUL byte at offset 0)"
expect_exit 0 "the odd names listed" articles --format json
check "paths kept byte for byte" python3 -c '
import json, os, sys
folder = sys.argv[1]
expected = sorted(os.path.join(folder, name) for name in os.listdir(folder) if not name.startswith("bad "))
sys.exit(0 if sorted(a["path"] for a in json.load(open("out"))) == expected else 1)' "$odd"
expect_exit 0 "a file named like an option, given after --" ingest -- "$odd/-leading-dash.txt"
check "it was read as a file" contains out "0 new, 1 unchanged"
export TRACKER_DB=$WORK/tracker.db

# --- files and folders that cannot be read -------------------------------------------------------
# Root reads whatever the mode says: as root, the check runs tracker as the user nobody.
shared=$WORK/shared
chmod 711 "$WORK"
mkdir -p "$shared/in/locked folder"
article "$shared/in/readable.txt" 1
article "$shared/in/locked.txt" 2
article "$shared/in/locked folder/inside.txt" 3
chmod 000 "$shared/in/locked.txt" "$shared/in/locked folder"
chmod 777 "$shared"
as_user=()
if [ "$(id -u)" -eq 0 ]; then
    if command -v setpriv >/dev/null && id nobody >/dev/null 2>&1; then
        as_user=(setpriv --reuid="$(id -u nobody)" --regid="$(id -g nobody)" --clear-groups)
    else
        echo "skipped unreadable files: running as root without setpriv or a user nobody"
    fi
fi
if [ "$(id -u)" -ne 0 ] || [ ${#as_user[@]} -gt 0 ]; then
    "${as_user[@]}" "$TRACKER" --db "$shared/db.sqlite" ingest "$shared/in" >out 2>err
    check "unreadable inputs exit 3" test $? -eq 3
    check "the unreadable file named" contains err "tracker: $shared/in/locked.txt: cannot read: Permission denied"
    check "the unreadable folder named" contains err "tracker: $shared/in/locked folder: cannot read: Permission denied"
    check "the readable file stored" contains out "1 new, 0 unchanged, 0 replaced, 2 rejected"
fi
chmod -R u+rwx "$shared"

# --- feeds that attack the parser ----------------------------------------------------------------
export TRACKER_DB=$WORK/feeds.db
cat >good.xml <<'XML'
<?xml version="1.0"?><rss version="2.0"><channel><title>Good Wire</title>
<item><guid>g1</guid><title>Chips</title><description>DeepSeek obtained Nvidia H20 chips, people said.</description></item>
</channel></rss>
XML
cat >laughs.xml <<'XML'
<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol"> <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title></item></channel></rss>
XML
cat >external.xml <<'XML'
<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY passwd SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>X</title><item><guid>x</guid><description>&passwd;</description></item></channel></rss>
XML
cat >parameter.xml <<'XML'
<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY % remote SYSTEM "file:///etc/passwd"> %remote;]>
<rss version="2.0"><channel><title>P</title></channel></rss>
XML
cat >dtd.xml <<'XML'
<?xml version="1.0"?>
<!DOCTYPE rss SYSTEM "file:///etc/passwd">
<rss version="2.0"><channel><title>DTD Wire</title><item><guid>d1</guid><title>T &passwd;</title>
<description>Huawei released a new model.</description></item></channel></rss>
XML
printf '<?xml version="1.0"?><rss version="2.0"><channel><title>Bytes</title><item><guid>b1</guid><description>caf\xe9 bytes</description></item><item><guid>b2</guid><description>Huawei released a new model.</description></item></channel></rss>' >latin1.xml
python3 - <<'PY'
# A JSON Feed with a field nested a million levels deep, and an item whose HTML nests 200,000 levels.
import json
deep = "[" * 1000000 + "]" * 1000000
html = "<div>" * 200000 + "Moonshot AI obtained Nvidia H20 chips, people said."
items = json.dumps([{"id": "j1", "content_html": html}])
open("deep.json", "w").write('{"version": "https://jsonfeed.org/version/1.1", "title": "Deep", "x": ' + deep + ', "items": ' + items + '}')
PY
for f in good.xml laughs.xml external.xml parameter.xml dtd.xml latin1.xml deep.json; do
    expect_exit 0 "feed add $f" feed add "$f"
done
expect_exit 3 "feed update: hostile feeds fail, the others import" feed update
for f in laughs.xml external.xml parameter.xml; do
    check "$f refused with its reason" contains err \
        "$WORK/$f: failed: malformed feed: its DOCTYPE declares entities (refused: entity expansion)"
done
check "the good feed imported" contains err "$WORK/good.xml: 1 new, 0 unchanged"
check "an external DTD is not read, and no error" contains err "$WORK/dtd.xml: 1 new, 0 unchanged"
check "an item that is not UTF-8 rejected alone" contains err "tracker: $WORK/latin1.xml [b1]: not UTF-8 (invalid byte at offset 3)"
check "the feed's other item imported" contains err "$WORK/latin1.xml: 1 new, 0 unchanged, 1 rejected"
check "deep JSON and deep HTML in a feed are read" contains err "$WORK/deep.json: 1 new, 0 unchanged"
expect_exit 0 "articles after the hostile update" articles --format json
check "no file content leaked into the store" bash -c "! grep -q 'root:' '$WORK/out'"
expect_exit 0 "the deep item's claim" query --source Deep --format json
check "the deep item kept its words" json_check out "[c['actor'] for c in d] == ['Moonshot AI']"
expect_exit 1 "feed show of an external entity fails" feed show external.xml --format json
check "and prints nothing of the file" bash -c "! grep -q 'root:' '$WORK/out'"

head -c $((20 * 1024 * 1024 + 1)) /dev/zero | tr '\0' ' ' >huge.xml
expect_exit 1 "a feed file over 20 MB is refused" feed show huge.xml
check "with its size named" contains err "huge.xml: too large (over 20 MB)"

# A feed of 100,000 items is parsed whole; one of 10,000 is imported once, and a second update
# finds every item known. (Importing 100,000 takes minutes under ASan: the store's cost per
# article, measured in bench/, not a limit.)
python3 - <<'PY'
def feed(count):
    items = "".join(f"<item><guid>n{i}</guid><title>Note {i}</title><description>Note {i} on the weather in district {i % 977}.</description></item>"
                    for i in range(count))
    return '<?xml version="1.0"?><rss version="2.0"><channel><title>Many</title>' + items + "</channel></rss>"
open("many.xml", "w").write(feed(100000))
open("ten_thousand.xml", "w").write(feed(10000))
PY
expect_exit 0 "feed show of 100,000 items" feed show many.xml --format json
check "every item parsed" json_check out "len(d['items']) == 100000 and d['items'][-1]['id'] == 'n99999'"
export TRACKER_DB=$WORK/many.db
expect_exit 0 "feed add ten_thousand.xml" feed add ten_thousand.xml
expect_exit 0 "feed update of 10,000 items" feed update
check "all imported" contains err "$WORK/ten_thousand.xml: 10000 new, 0 unchanged"
expect_exit 0 "a second update" feed update
check "none imported twice" contains err "$WORK/ten_thousand.xml: 0 new, 10000 unchanged"
expect_exit 0 "stats" stats
check "10,000 articles stored" grep -Eq '^articles: +10000$' out
export TRACKER_DB=$WORK/tracker.db

# --- databases that are not ours, read-only, or on a full disk -----------------------------------
article one.txt 1
echo "not a database" >text.db
cp text.db text.before
expect_exit 1 "a text file as database fails" --db text.db ingest one.txt
check "named, with the reason" contains err "tracker: text.db: not a tracker database (not an SQLite file)"
check "one line" test "$(wc -l <err)" -eq 1
check "the file is left as it was" cmp -s text.db text.before

python3 -c 'import sqlite3; c = sqlite3.connect("other.db"); c.execute("CREATE TABLE notes (x)"); c.commit()'
expect_exit 1 "another application's database fails" --db other.db ingest one.txt
check "named, with the reason" contains err "tracker: other.db: not a tracker database (it has tables but no tracker schema version)"

"$TRACKER" --db ours.db ingest one.txt >/dev/null 2>&1
head -c 8192 ours.db >truncated.db
expect_exit 1 "a truncated database fails" --db truncated.db query
check "named, with the reason" contains err "tracker: truncated.db: cannot open database: database disk image is malformed"

python3 -c 'import sqlite3; c = sqlite3.connect("newer.db"); c.execute("CREATE TABLE t (x)"); c.execute("PRAGMA user_version = 999"); c.commit()'
expect_exit 1 "a database from a newer tracker fails" --db newer.db stats
check "named, with the reason" contains err "newer.db: database schema version 999 is newer than this tracker supports"

if mount_tmpfs "$WORK/readonly" 4m; then
    "$TRACKER" --db readonly/ro.db ingest one.txt >/dev/null 2>&1
    mount -o remount,ro "$WORK/readonly"
    cp readonly/ro.db ro.before
    article two.txt 2
    expect_exit 1 "ingest into a read-only database fails" --db readonly/ro.db ingest two.txt
    check "named in one line" bash -c "grep -c '^tracker: readonly/ro.db: ' '$WORK/err' | grep -qx 1 && test \$(wc -l <'$WORK/err') -eq 1"
    check "the database is left as it was" cmp -s readonly/ro.db ro.before
    expect_exit 0 "stats on a read-only database works" --db readonly/ro.db stats
    check "it counts the article stored before" grep -Eq '^articles: +1$' out
    expect_exit 0 "query on a read-only database works" --db readonly/ro.db query --format json
    check "it lists that article's claims" json_check out "len(d) > 0"
    check "reading left the database as it was" cmp -s readonly/ro.db ro.before
else
    echo "skipped read-only database: cannot mount a tmpfs (needs root)"
fi

# A full disk: a 1 MB file system and a batch of about 1 MB of text. The command stops at the
# first commit that does not fit; every article stored before it is whole, and after space is
# freed a rerun completes the batch with each article once.
mkdir full_batch
for i in $(seq 1 120); do
    {
        printf 'Filing %s\n\n' "$i"
        for k in $(seq 1 60); do printf 'DeepSeek obtained Nvidia H20 chips in shipment %s-%s through a reseller in Singapore, people familiar with the matter said on Tuesday.\n' "$i" "$k"; done
    } >"full_batch/f$(printf %02d "$i").txt"
done
"$TRACKER" --db reference.db ingest full_batch >/dev/null 2>&1
"$TRACKER" --db reference.db articles --format json >reference.json
if mount_tmpfs "$WORK/full" 1m; then
    expect_exit 1 "ingest onto a full disk fails" --db full/t.db ingest full_batch
    check "named, with the reason" contains err "tracker: full/t.db: database or disk is full"
    check "in one line" test "$(wc -l <err)" -eq 1
    check "the database is intact" integrity_ok full/t.db
    "$TRACKER" --db full/t.db articles --format json >stored.json
    # How many were stored before the disk filled depends on how many articles one commit holds.
    check "the batch did not fit" json_check stored.json "len(d) < 120"
    check "each stored article has all its claims" python3 -c '
import json, sys
ref = {a["path"]: a["claims"] for a in json.load(open("reference.json"))}
sys.exit(0 if all(ref[a["path"]] == a["claims"] for a in json.load(open("stored.json"))) else 1)'
    mount -o remount,size=16m "$WORK/full"
    expect_exit 0 "with space again, a rerun completes the batch" --db full/t.db ingest full_batch
    "$TRACKER" --db full/t.db articles --format json >stored.json
    check "every article once, with its claims" python3 -c '
import json, sys
ref = sorted((a["path"], a["claims"]) for a in json.load(open("reference.json")))
sys.exit(0 if sorted((a["path"], a["claims"]) for a in json.load(open("stored.json"))) == ref else 1)'
else
    echo "skipped full disk: cannot mount a tmpfs (needs root)"
fi

finish
