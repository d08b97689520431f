# readout reuse: usage errors exit 2 with a reason on stderr; a missing database exits 1 and
# names it.
check() {
	"$READOUT" "$@" >out 2>err
	echo "readout $*: exit $?"
	head -n 1 err
}
check reuse --export nothing
check reuse --export aggregates
check reuse --by place
check reuse --near-duplicate 1.5
check reuse --max-df 0
check reuse --ngram 100
check reuse stray-argument
check reuse --db missing.db
check reuse --db missing.db --export pairs
check reuse --reference
check reuse --reference --export shares a.txt
check reuse --db missing.db --reference a.txt
check reuse-route
check reuse-align --candidates c.jsonl
check reuse-ngrams --max-df 0
check reuse-pairs missing.jsonl
