# Issue 10: after a failed commit (a full disk, here a file size limit) the summary still said
# "300 documents added". It counts what was committed, and says what the failed batch lost.
printf 'On May 6, Gu Wenbo presided over the meeting.\n' >a.txt
"$READOUT" ingest -q --db r.db a.txt 2>/dev/null
mkdir c
i=0
while [ $i -lt 300 ]; do
	printf 'On May 6, Gu Wenbo presided over meeting number %d. Fang Zhiyuan attended.\n' $i >"c/d$i.txt"
	i=$((i + 1))
done
# the batch's pages do not fit under the limit when it commits (SIGXFSZ ignored: write fails)
sh -c 'trap "" XFSZ; ulimit -f 1200; exec "$READOUT" ingest -q --db r.db c' 2>err
echo "ingest exit: $?"
sed 's/; [0-9.]* MB in .*//' err
"$READOUT" sql -f csv --db r.db "SELECT count(*) AS documents FROM documents"
# the next ingest, with room, adds them all
"$READOUT" ingest -q --db r.db c 2>err
echo "ingest exit: $?"
sed 's/; [0-9.]* MB in .*//' err
