# Usage errors exit 2 with a reason on stderr (the usage text that may follow is not checked).
check() {
	"$READOUT" "$@" >out 2>err
	echo "readout $*: exit $?"
	head -n 1 err
}
check
check frobnicate
check extract
check extract --format xml a.txt
check extract --threads 0 a.txt
check extract --threads 999 a.txt
check extract --max-bytes lots a.txt
check extract --stdin-format yaml -
check extract --no-such-option a.txt
