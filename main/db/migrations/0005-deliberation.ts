import type { Migration } from './migration.ts';

/**
 * Deliberation (issue 9): the meetings of a session with their attendance, guests, agenda and room exits; the quorum
 * and voting settings; deliberation notes (with their edit history) and members' private reading notes; votes,
 * decisions, promotions from the waiting list and the reusable motivation phrases; the session's lock and the changes
 * made after it. Foreign keys without cascades: a decision, a vote or an attendance sheet goes only when the
 * application removes it (and audits it), never as a side effect of removing something else.
 */
export const deliberation: Migration = {
  version: 5,
  name: 'deliberation',
  up(db) {
    db.exec(`
      CREATE TABLE meetings (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL,
        starts_at TEXT,
        ends_at TEXT,
        place TEXT,
        kind TEXT NOT NULL DEFAULT 'room' CHECK (kind IN ('room', 'video', 'hybrid')),
        -- The dossier under discussion: the projector follows it.
        current_dossier_id TEXT REFERENCES dossiers (id),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE attendance (
        meeting_id INTEGER NOT NULL REFERENCES meetings (id),
        member_id TEXT NOT NULL REFERENCES members (id),
        status TEXT NOT NULL CHECK (status IN ('present', 'represented', 'excused', 'absent')),
        represented_by TEXT REFERENCES members (id),
        arrived_at TEXT,
        left_at TEXT,
        PRIMARY KEY (meeting_id, member_id),
        CHECK ((status = 'represented') = (represented_by IS NOT NULL))
      ) STRICT;
      CREATE INDEX attendance_member ON attendance (member_id);
      CREATE INDEX attendance_proxy ON attendance (represented_by);

      -- Invited to a meeting: they speak, never vote, never count towards the quorum.
      CREATE TABLE meeting_guests (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings (id),
        name TEXT NOT NULL,
        institution TEXT,
        position INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX meeting_guests_meeting ON meeting_guests (meeting_id);

      -- The core's QuorumSettings and VoteSettings as JSON; the defaults are the core's (common/deliberation).
      CREATE TABLE deliberation_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        quorum TEXT NOT NULL CHECK (json_valid(quorum)),
        votes TEXT NOT NULL CHECK (json_valid(votes))
      ) STRICT;
      INSERT INTO deliberation_settings (id, quorum, votes) VALUES (
        1,
        '{"rule":{"kind":"majority"},"countRepresented":true,"maxProxiesPerHolder":1,"votingRoles":["chair","member"]}',
        '{"majority":"simple","chairCastingVote":true,"votingRoles":["chair","member"]}'
      );

      CREATE TABLE agenda (
        meeting_id INTEGER NOT NULL REFERENCES meetings (id),
        dossier_id TEXT NOT NULL REFERENCES dossiers (id),
        position INTEGER NOT NULL,
        PRIMARY KEY (meeting_id, dossier_id),
        UNIQUE (meeting_id, position)
      ) STRICT;
      CREATE INDEX agenda_dossier ON agenda (dossier_id);

      -- A recused member out of the room while a dossier is discussed.
      CREATE TABLE room_exits (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings (id),
        dossier_id TEXT NOT NULL REFERENCES dossiers (id),
        member_id TEXT NOT NULL REFERENCES members (id),
        left_at TEXT NOT NULL,
        returned_at TEXT
      ) STRICT;
      CREATE INDEX room_exits_meeting ON room_exits (meeting_id, dossier_id);
      CREATE INDEX room_exits_dossier ON room_exits (dossier_id);
      CREATE INDEX room_exits_member ON room_exits (member_id);

      CREATE TABLE deliberation_notes (
        id INTEGER PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossiers (id),
        author TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        text TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX deliberation_notes_dossier ON deliberation_notes (dossier_id);

      -- Every earlier text of a note, kept when it is edited or removed.
      CREATE TABLE deliberation_note_versions (
        note_id INTEGER NOT NULL REFERENCES deliberation_notes (id),
        version INTEGER NOT NULL,
        text TEXT NOT NULL,
        edited_by TEXT,
        edited_at TEXT NOT NULL,
        PRIMARY KEY (note_id, version)
      ) STRICT;

      -- Visible to their author only (main/deliberation/notes.ts).
      CREATE TABLE reading_notes (
        member_id TEXT NOT NULL REFERENCES members (id),
        dossier_id TEXT NOT NULL REFERENCES dossiers (id),
        text TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (member_id, dossier_id)
      ) STRICT;
      CREATE INDEX reading_notes_dossier ON reading_notes (dossier_id);

      CREATE TABLE votes (
        id INTEGER PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossiers (id),
        meeting_id INTEGER NOT NULL REFERENCES meetings (id),
        kind TEXT NOT NULL CHECK (kind IN ('counts', 'members')),
        pour INTEGER NOT NULL CHECK (pour >= 0),
        contre INTEGER NOT NULL CHECK (contre >= 0),
        abstention INTEGER NOT NULL CHECK (abstention >= 0),
        chair_vote TEXT CHECK (chair_vote IN ('pour', 'contre', 'abstention')),
        outcome TEXT NOT NULL CHECK (outcome IN ('adopted', 'rejected', 'tie')),
        casting_vote INTEGER NOT NULL CHECK (casting_vote IN (0, 1)),
        recorded_at TEXT NOT NULL,
        recorded_by TEXT
      ) STRICT;
      CREATE INDEX votes_dossier ON votes (dossier_id);
      CREATE INDEX votes_meeting ON votes (meeting_id);

      CREATE TABLE vote_ballots (
        vote_id INTEGER NOT NULL REFERENCES votes (id),
        member_id TEXT NOT NULL REFERENCES members (id),
        choice TEXT NOT NULL CHECK (choice IN ('pour', 'contre', 'abstention')),
        cast_by TEXT NOT NULL REFERENCES members (id),
        PRIMARY KEY (vote_id, member_id)
      ) STRICT;
      CREATE INDEX vote_ballots_member ON vote_ballots (member_id);
      CREATE INDEX vote_ballots_cast_by ON vote_ballots (cast_by);

      CREATE TABLE decisions (
        dossier_id TEXT PRIMARY KEY REFERENCES dossiers (id),
        kind TEXT NOT NULL CHECK (kind IN ('retenu', 'retenu_sous_reserve', 'liste_attente', 'non_retenu', 'ajourne')),
        motivation TEXT NOT NULL CHECK (trim(motivation) <> ''),
        conditions TEXT,
        waitlist_position INTEGER CHECK (waitlist_position >= 1),
        decided_at TEXT NOT NULL,
        decided_by TEXT,
        meeting_id INTEGER NOT NULL REFERENCES meetings (id),
        vote_id INTEGER REFERENCES votes (id),
        -- Recorded below quorum: the chair's override and its reason.
        quorum_override_by TEXT,
        quorum_override_reason TEXT,
        -- A selected applicant who withdrew (the promotion that followed is in promotions).
        withdrawn_at TEXT,
        CHECK ((kind = 'retenu_sous_reserve') = (conditions IS NOT NULL)),
        CHECK ((kind = 'liste_attente') = (waitlist_position IS NOT NULL)),
        CHECK ((quorum_override_by IS NULL) = (quorum_override_reason IS NULL))
      ) STRICT;
      CREATE UNIQUE INDEX decisions_waitlist ON decisions (waitlist_position) WHERE waitlist_position IS NOT NULL;
      CREATE INDEX decisions_meeting ON decisions (meeting_id);
      CREATE INDEX decisions_vote ON decisions (vote_id);

      CREATE TABLE promotions (
        id INTEGER PRIMARY KEY,
        withdrawn_dossier_id TEXT NOT NULL REFERENCES dossiers (id),
        promoted_dossier_id TEXT NOT NULL REFERENCES dossiers (id),
        from_position INTEGER NOT NULL,
        reason TEXT NOT NULL CHECK (trim(reason) <> ''),
        decided_by TEXT,
        decided_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX promotions_withdrawn ON promotions (withdrawn_dossier_id);
      CREATE INDEX promotions_promoted ON promotions (promoted_dossier_id);

      CREATE TABLE motivation_phrases (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('retenu', 'retenu_sous_reserve', 'liste_attente', 'non_retenu', 'ajourne')),
        text TEXT NOT NULL CHECK (trim(text) <> ''),
        position INTEGER NOT NULL,
        UNIQUE (kind, position)
      ) STRICT;

      CREATE TABLE session_lock (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        locked_at TEXT NOT NULL,
        locked_by TEXT NOT NULL
      ) STRICT;

      -- What changed after the lock, why, by whom: the minutes list them.
      CREATE TABLE post_lock_changes (
        id INTEGER PRIMARY KEY,
        what TEXT NOT NULL CHECK (what IN ('score', 'conflict', 'vote', 'decision')),
        target TEXT NOT NULL CHECK (json_valid(target)),
        reason TEXT NOT NULL CHECK (trim(reason) <> ''),
        actor TEXT,
        at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
