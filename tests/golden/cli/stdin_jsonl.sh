# '-' reads JSON Lines from stdin when it starts with '{'; ids come from the lines.
printf '%s\n' '{"id": "s1", "text": "Gu Wenbo presided over the meeting."}' '' \
	'{"id": 2, "text": "Fang Zhiyuan attended the meeting.", "url": "http://example.org/2"}' |
	"$READOUT" extract -
