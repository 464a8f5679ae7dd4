#!/bin/sh
# baddb.sh - a database looplab must not use is reported and left byte-for-byte unchanged.
. "$(dirname "$0")/lib/common.sh"
fresh_home

# check_refused NAME FILE: exit 1, a message naming the file, and the file untouched.
check_refused() {
    cp "$2" "$HOME/before"
    "$LOOPLAB" --db "$2" lessons >"$HOME/out" 2>"$HOME/err"
    rc=$?
    expect "$1-exit-1" [ "$rc" = 1 ]
    expect "$1-names-file" grep -q "looplab: .*$2" "$HOME/err"
    expect "$1-unchanged" cmp -s "$2" "$HOME/before"
    expect "$1-no-wal-left" [ ! -e "$2-wal" ]
}

printf 'shopping list\neggs\nmilk\n' > "$HOME/text.db"
check_refused text-file "$HOME/text.db"
expect text-file-says-not-looplab grep -q "not a looplab database" "$HOME/err"

# A real looplab database, then one from a newer schema.
"$LOOPLAB" --db "$HOME/good.db" lessons >/dev/null 2>&1
expect good-db-made [ -s "$HOME/good.db" ]
if command -v sqlite3 >/dev/null 2>&1; then
    cp "$HOME/good.db" "$HOME/newer.db"
    sqlite3 "$HOME/newer.db" 'PRAGMA journal_mode=DELETE; PRAGMA user_version=99;' >/dev/null
    check_refused newer-schema "$HOME/newer.db"
    expect newer-schema-says-newer grep -q "newer looplab" "$HOME/err"

    sqlite3 "$HOME/other.db" 'CREATE TABLE t(x); INSERT INTO t VALUES (1);'
    check_refused other-app "$HOME/other.db"
    expect other-app-says-other grep -q "another program" "$HOME/err"

    # Truncated: a database with some content, cut in the middle of its pages.
    sqlite3 "$HOME/big.db" 'PRAGMA application_id=1282362465; PRAGMA user_version=1;
        CREATE TABLE t(x); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i<2000)
        INSERT INTO t SELECT randomblob(100) FROM n;'
    size=$(stat -c %s "$HOME/big.db")
    head -c $((size / 2)) "$HOME/big.db" > "$HOME/truncated.db"
    check_refused truncated "$HOME/truncated.db"
else
    echo "skip e2e/baddb/newer-schema: no sqlite3 command"
fi
head -c 50 "$HOME/good.db" > "$HOME/stub.db"
check_refused header-only "$HOME/stub.db"

mkdir "$HOME/dir.db"
"$LOOPLAB" --db "$HOME/dir.db" lessons >/dev/null 2>"$HOME/err"
expect directory-exit-1 [ $? = 1 ]

# A directory we may not write to. As root, permissions do not apply, so drop to nobody.
as_user=""
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null 2>&1; then
    as_user="setpriv --reuid=65534 --regid=65534 --clear-groups"
    chmod 755 "$HOME"
fi
if [ "$(id -u)" != 0 ] || [ -n "$as_user" ]; then
    mkdir -p "$HOME/ro" && chmod 555 "$HOME/ro"
    $as_user "$LOOPLAB" --db "$HOME/ro/p.db" lessons >/dev/null 2>"$HOME/err"
    expect readonly-dir-exit-1 [ $? = 1 ]
    expect readonly-dir-message grep -q "cannot create $HOME/ro/p.db" "$HOME/err"
else
    echo "skip e2e/baddb/readonly-dir: running as root without setpriv"
fi
