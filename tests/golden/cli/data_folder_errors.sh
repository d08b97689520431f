# --data: a folder missing a lexicon file, and one with a malformed row, stop the run before
# any input is read (exit 1) with the file (and line) named.
printf 'Gu Wenbo presided.\n' >a.txt
mkdir nodata
"$READOUT" extract --data nodata a.txt
echo "exit $?"
mkdir bad
cp "$READOUT_SRC"/data/*.tsv bad/
printf 'word\tclasses\tsource\nsecretary\theed\ttest\n' >bad/titles.tsv
"$READOUT" extract --data bad a.txt
echo "exit $?"
