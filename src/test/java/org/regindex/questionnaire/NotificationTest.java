package org.regindex.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.regindex.questionnaire.entity.Notification;

class NotificationTest {

    @Test
    void aSubjectLongerThanItsColumnIsCutWithAnEllipsisAndTheBodyKeepsEverything() {
        String name = "x".repeat(400);
        Notification notification = new Notification("expert1", Instant.EPOCH, "Sent back by " + name, name, "/app");
        assertEquals(300, notification.subject().length());
        assertTrue(notification.subject().endsWith("…"));
        assertEquals(name, notification.body());
        assertEquals("Short", new Notification("expert1", Instant.EPOCH, "Short", "", "/app").subject());
    }
}
