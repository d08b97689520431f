# Ingest failed a whole batch with "NOT NULL constraint failed: roles.person_id": when the
# people of a batch were reconciled, a person moved out of one document lost the roles of
# another moved document where they stayed. Five readouts of two cities, one batch (the
# fixture is shared with tests/store/moved_roles.sh, which runs it on both backends).
cp "$READOUT_SRC/tests/store/moved_roles/in.jsonl" in.jsonl
"$READOUT" ingest -q --db r.db in.jsonl 2>err
echo "ingest exit: $?"
sed 's/; [0-9.]* MB in .*//' err
# every role has its person, and each person's roles are in documents where they appear
"$READOUT" sql -f csv --db r.db "SELECT count(*) AS roles, count(person_id) AS with_person FROM roles"
"$READOUT" sql -f csv --db r.db "SELECT count(*) AS astray FROM roles r JOIN events e ON e.id = r.event_id
 WHERE NOT EXISTS (SELECT 1 FROM person_docs pd WHERE pd.person_id = r.person_id AND pd.doc_id = e.doc_id)"
"$READOUT" sql -f csv --db r.db "SELECT p.name, count(*) AS roles FROM roles r JOIN persons p ON p.id = r.person_id
 WHERE p.name IN ('Pan Zhiqiang', 'Tian Rukai', 'Lin Jiaxu') GROUP BY p.id ORDER BY p.name, roles"
