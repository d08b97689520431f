# Issue 11: a user's corrections of who is who, applied to a stored database (`readout
# resolve`), at ingest (`ingest --overrides`) and dropped again (`resolve --clear`). One dated
# document in each province is too little to take the two Lou Qins for one transfer.
printf 'On May 6, 2020, Lou Qin, Governor of Hebei Province, presided over the meeting.\n' >a.txt
printf 'On June 8, 2021, Lou Qin, Secretary of the Yunnan Provincial Party Committee, presided over the meeting.\n' >b.txt
printf '# the two are one\naction\tname\tfirst\tsecond\nmerge\tLou Qin\tHebei\tYunnan\n' >o.tsv
printf 'action\tname\tfirst\tsecond\nmerge\tLou Qin\tHebei\tAtlantis\n' >bad.tsv
persons() { "$READOUT" sql -f csv --db "$1" "SELECT name, region FROM persons WHERE name_key = 'louqin' ORDER BY region"; }
"$READOUT" ingest -q --db r.db a.txt b.txt 2>/dev/null
persons r.db
"$READOUT" resolve --db r.db --overrides o.tsv 2>&1
echo "resolve exit: $?"
persons r.db
# a bad row: nothing is stored
"$READOUT" ingest -q --db r2.db --overrides bad.tsv a.txt 2>&1
echo "ingest exit: $?"
"$READOUT" ingest -q --db r2.db --overrides o.tsv a.txt b.txt 2>err
echo "ingest exit: $?"
sed 's/; [0-9.]* MB in .*//' err
persons r2.db
"$READOUT" resolve --db r2.db --clear 2>&1
echo "resolve exit: $?"
persons r2.db
