# Issue 10: option values that do not fit wrapped around: --limit 17179869184G and --max-bytes
# 17179869184G were taken as 0 (no limit, or every document refused). They are usage errors.
printf 'Gu Wenbo presided over the meeting.\n' >a.txt
check() {
	"$READOUT" "$@" >out 2>err
	echo "readout $*: exit $?"
	head -n 1 err
}
check extract --max-bytes 17179869184G a.txt
check extract --max-bytes 18446744073709551616 a.txt
check extract --threads 4294967297 a.txt
check ingest --batch 99999999999999999999 --db x.db a.txt
check people --limit 17179869184G --db x.db
check search --limit 18446744073709551615k --db x.db word
check extract --max-bytes 16G a.txt
check extract --max-bytes 4095M a.txt
