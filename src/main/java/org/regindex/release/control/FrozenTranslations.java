package org.regindex.release.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.regindex.codebook.entity.TextKey;
import org.regindex.codebook.entity.TextPart;
import org.regindex.codebook.entity.Translations;

/** A release's translations in rel_language (its source language and the others) and rel_text, for ReleaseStore. */
final class FrozenTranslations {

    private FrozenTranslations() {}

    /** A release without translations and with an English source has no rows: as one frozen before translations. */
    static void write(Connection db, long releaseId, Translations translations) throws SQLException {
        if (translations.equals(Translations.NONE)) {
            return;
        }
        List<Object[]> languages = new ArrayList<>();
        languages.add(new Object[] {releaseId, translations.source(), true});
        List<Object[]> texts = new ArrayList<>();
        translations.byLanguage().forEach((language, byKey) -> {
            languages.add(new Object[] {releaseId, language, false});
            byKey.forEach((key, text) ->
                    texts.add(new Object[] {releaseId, language, key.part().name(), key.owner(), key.code(), text}));
        });
        ReleaseStore.batch(
                db,
                "insert into rel_language (release_id, language, source) values (?, ?, ?)",
                languages,
                (values, i) -> values);
        ReleaseStore.batch(
                db,
                "insert into rel_text (release_id, language, part, owner_code, code, text) values (?, ?, ?, ?, ?, ?)",
                texts,
                (values, i) -> values);
    }

    static Translations read(Connection db, long releaseId) throws SQLException {
        String[] source = {null};
        ReleaseStore.query(
                db,
                "select language from rel_language where release_id = ? and source",
                releaseId,
                rs -> source[0] = rs.getString(1));
        if (source[0] == null) {
            return Translations.NONE;
        }
        Translations.Builder builder = Translations.builder(source[0]);
        ReleaseStore.query(
                db,
                "select language, part, owner_code, code, text from rel_text where release_id = ?",
                releaseId,
                rs -> builder.put(
                        rs.getString(1),
                        new TextKey(TextPart.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4)),
                        rs.getString(5)));
        return builder.build();
    }
}
