# --threads changes nothing in the output, which stays in input order.
mkdir in
i=0
while [ $i -lt 12 ]; do
	n=$(( (i * 5) % 11 + 1 ))
	j=0
	while [ $j -lt $n ]; do
		printf 'On May %d, the county held a meeting. Gu Wenbo presided over the meeting. Tang Lihua and Fang Zhiyuan attended.\n' $((i + 1))
		j=$((j + 1))
	done >in/doc$i.txt
	i=$((i + 1))
done
: >in/doc5.txt
"$READOUT" extract -q in >one.jsonl
"$READOUT" extract -q --threads 2 in >two.jsonl
"$READOUT" extract -q --threads 4 in >four.jsonl
cmp one.jsonl two.jsonl && cmp one.jsonl four.jsonl && echo "same output on 1, 2 and 4 threads"
cut -c1-16 one.jsonl
