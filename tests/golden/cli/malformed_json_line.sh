# A malformed JSON line is reported with its line number; the lines around it are extracted.
printf '%s\n' '{"id": "a", "text": "Gu Wenbo presided over the meeting."}' \
	'{"id": "b", "text": "cut short' \
	'{"id": "c", "text": "Fang Zhiyuan attended the meeting."}' >in.jsonl
"$READOUT" extract in.jsonl
