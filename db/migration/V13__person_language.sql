-- Each person's language (a tag such as "de"), from Keycloak's locale claim at sign-in: notifications and
-- e-mails to them are written in it. NULL until known; they are then written in English.
ALTER TABLE person ADD COLUMN language VARCHAR(35) NULL;
