package org.regindex.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

public final class Deployments {

    private Deployments() {
    }

    /** The war exactly as the build packaged it. */
    public static WebArchive builtWar() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(TestEnvironment.warFile()));
    }
}
