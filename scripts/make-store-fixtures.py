#!/usr/bin/env python3
"""Writes tests/data/store/library-v1.sqlite: a small library exactly as schema version 1 stored it
(one article, a user-made quote, its speaker, one logged correction). The store tests migrate it to
today's version. Version 1 is frozen, so this script never changes with the schema; a new version
gets a fixture of its own."""
import json, os, sqlite3, hashlib

out = os.path.join(os.path.dirname(__file__), '..', 'tests', 'data', 'store', 'library-v1.sqlite')
text = 'Lighthouse keepers return\n\n"The lamp will shine again," said Ada Keeper on Sunday.\n'
if os.path.exists(out):
    os.remove(out)
db = sqlite3.connect(out)
db.executescript('''
CREATE TABLE article (id INTEGER PRIMARY KEY, text_hash TEXT NOT NULL UNIQUE, title TEXT NOT NULL DEFAULT '',
 path TEXT NOT NULL DEFAULT '', url TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '',
 site TEXT NOT NULL DEFAULT '', dct TEXT, dct_source INTEGER NOT NULL DEFAULT 0, next_ids TEXT NOT NULL,
 engine_version TEXT NOT NULL, imported_at TEXT NOT NULL, opened_at TEXT, metadata TEXT NOT NULL,
 text TEXT NOT NULL, original_text TEXT, source_runs TEXT);
CREATE INDEX article_dct ON article (dct, id);
CREATE TABLE annotation (row_id INTEGER PRIMARY KEY,
 article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE, layer INTEGER NOT NULL,
 ann_id INTEGER NOT NULL, begin_pos INTEGER NOT NULL, end_pos INTEGER NOT NULL, origin INTEGER NOT NULL,
 user_fields INTEGER NOT NULL, rule TEXT NOT NULL DEFAULT '', confidence REAL NOT NULL, speaker INTEGER,
 data TEXT NOT NULL, body TEXT, UNIQUE (article_id, layer, ann_id));
CREATE INDEX annotation_speaker ON annotation (article_id, layer, speaker);
CREATE TABLE correction (id INTEGER PRIMARY KEY,
 article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE, made_at TEXT NOT NULL,
 kind INTEGER NOT NULL, description TEXT NOT NULL, patch TEXT NOT NULL, reverts INTEGER);
CREATE INDEX correction_article ON correction (article_id, id);
PRAGMA user_version = 1;
''')
meta = {'title': 'Lighthouse keepers return', 'dct': '2022-05-01', 'dctSource': 1}
db.execute('INSERT INTO article (id, text_hash, title, dct, dct_source, next_ids, engine_version, imported_at, '
           'metadata, text) VALUES (1, ?, ?, ?, 1, ?, ?, ?, ?, ?)',
           (hashlib.sha256(text.encode()).hexdigest(), meta['title'], meta['dct'], '1,1,1,2,2,2,1,1,1,1', '0.1',
            '2022-05-02T10:00:00.000Z', json.dumps(meta, separators=(',', ':')), text))
qb = text.index('"The')
qe = text.index(',"') + 2
quote = {'id': 1, 's': [qb, qe], 'k': 0, 'p': {'o': 1, 'u': 63}, 'sp': 1, 'sm': 1}
mb = text.index('Ada')
mention = {'id': 1, 's': [mb, mb + 9], 'hd': [mb, mb + 9], 'k': 0, 'ek': 0, 'g': 2, 'e': 1, 'p': {'r': 'name'}}
entity = {'id': 1, 'n': 'Ada Keeper', 'k': 0, 'g': 2, 'p': {}}
rows = [(5, 1, qb, qe, 1, 63, '', 1.0, 1, quote, text[qb:qe]),
        (3, 1, mb, mb + 9, 0, 0, 'name', 1.0, None, mention, None),
        (4, 1, 0, 0, 0, 0, '', 1.0, None, entity, 'Ada Keeper')]
for layer, ann, b, e, o, u, rule, c, sp, data, body in rows:
    db.execute('INSERT INTO annotation (article_id, layer, ann_id, begin_pos, end_pos, origin, user_fields, rule, '
               'confidence, speaker, data, body) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
               (layer, ann, b, e, o, u, rule, c, sp, json.dumps(data, separators=(',', ':')), body))
db.execute('INSERT INTO correction (article_id, made_at, kind, description, patch) VALUES (1, ?, 0, ?, ?)',
           ('2022-05-02T10:01:00.000Z', 'Mark as quote', json.dumps({'quotes': [{'a': quote}]})))
db.commit()
db.execute('VACUUM')
db.close()
print(out)
