# Issue 10: `readout sql ... > /dev/full` exited 0 silently. Every write error on stdout (a
# full disk, /dev/full, a closed pipe) is reported, with exit status 1.
printf 'On May 6, Gu Wenbo presided over the meeting.\n' >a.txt
"$READOUT" ingest -q --db r.db a.txt 2>/dev/null
check() {
	"$READOUT" "$@" >/dev/full 2>err
	echo "readout $* >/dev/full: exit $?"
	cat err
}
check extract -q a.txt
check extract -q --threads 2 a.txt
check sql --db r.db "SELECT ext_id FROM documents"
check people --db r.db
check people --db r.db -f json
# a reader that stops early: the rest of the output has nowhere to go
i=0
while [ $i -lt 300 ]; do cp a.txt "d$i.txt"; printf ' %d' $i >>"d$i.txt"; i=$((i + 1)); done
{ "$READOUT" extract -q . 2>pipe.err; echo $? >pipe.status; } | head -c 100 >/dev/null
echo "readout extract -q . | head -c 100: exit $(cat pipe.status)"
cat pipe.err
