# Issue 10: `ingest --from-extracted` took a record's "hash" on faith: a line with a real
# document's hash and another text was stored under it, and the real document was then
# skipped as already stored. Records are now checked (hash against text, spans within it,
# counts not negative) and a bad one is one error line; the good ones are stored.
printf 'On May 6, Gu Wenbo presided over the meeting.\n' >a.txt
printf 'On May 7, Fang Zhiyuan attended the meeting and stressed the "two establishments".\n' >b.txt
"$READOUT" extract -q --with-text a.txt b.txt >real.jsonl
hash_b=$(sed -n 2p real.jsonl | sed 's/.*"hash":"\([0-9a-f]*\)".*/\1/')
# a's text under b's hash, a record without its text, a negative count, a span past the text
sed -n 1p real.jsonl | sed "s/\"hash\":\"[0-9a-f]*\"/\"hash\":\"$hash_b\"/" >bad.jsonl
sed -n 1p real.jsonl | sed 's/,"text":"[^"]*"//' >>bad.jsonl
sed -n 2p real.jsonl | sed 's/"count":1/"count":-1/' >>bad.jsonl
sed -n 1p real.jsonl | sed 's/"spans":\[\[[0-9]*,[0-9]*\]\]/"spans":[[0,4000]]/' >>bad.jsonl
"$READOUT" ingest -q --from-extracted --db r.db bad.jsonl real.jsonl 2>err
echo "ingest exit: $?"
sed 's/; [0-9.]* MB in .*//' err
"$READOUT" sql -f csv --db r.db "SELECT ext_id, length(text) FROM documents ORDER BY ext_id"
"$READOUT" sql -f csv --db r.db "SELECT count FROM formulation_uses"
