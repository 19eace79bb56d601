-- Right of reply: a cycle may give each region's government contact (an assignment of its own) until its
-- reply deadline to comment on the region's reviewed answers. No reply deadline: no right of reply.
ALTER TABLE cycle ADD COLUMN reply_deadline DATE NULL;

ALTER TABLE assignment DROP CONSTRAINT ck_assignment_role;
ALTER TABLE assignment ADD CONSTRAINT ck_assignment_role CHECK (role IN ('EXPERT', 'REVIEWER', 'GOVERNMENT'));
