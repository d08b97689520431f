# Issue 10: one person given a thousand posts made extraction compare each post with all the
# others. The comparisons draw on a per-document budget: when it runs out the document is still
# extracted and stored, with a warning on stderr and in its record.
i=0
while [ $i -lt 1000 ]; do
	printf 'Gu Wenbo, Secretary of the Committee %d of Songlin, spoke. ' $i
	i=$((i + 1))
done >big.txt
"$READOUT" extract big.txt >big.jsonl
echo "extract exit: $?"
"$READOUT" extract --work-per-kb 100000 big.txt >more.jsonl
echo "extract --work-per-kb 100000 exit: $?, warnings: $(grep -c warnings more.jsonl)"
grep -o '"warnings":\[[^]]*\]' big.jsonl
"$READOUT" ingest -q --db r.db big.txt 2>&1 | sed 's/; [0-9.]* MB in .*//'
"$READOUT" sql -f csv --db r.db "SELECT count(*) AS warned FROM documents WHERE record LIKE '%work budget reached%'"
