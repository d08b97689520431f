# Inputs over --max-bytes are refused: a file, and a JSON line's text. The rest go on.
printf 'Gu Wenbo presided over the meeting. %0200d\n' 0 >big.txt
printf 'Gu Wenbo presided.\n' >small.txt
printf '{"id": "long", "text": "%0200d"}\n{"id": "short", "text": "Gu Wenbo presided."}\n' 0 >in.jsonl
"$READOUT" extract --max-bytes 100 big.txt small.txt in.jsonl
