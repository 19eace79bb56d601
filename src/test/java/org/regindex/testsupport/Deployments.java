package org.regindex.testsupport;

import java.io.File;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of the whole integration-test run. The Payara Micro container starts its process
 * when it deploys, so a deployment per test class cost a server start (~15-20 s) per class; the suite
 * extension (named in arquillian.xml) deploys this war before the first Arquillian class and undeploys it
 * after the last, and every {@code @ExtendWith(ArquillianExtension.class)} class gets its URL injected.
 * Tests therefore share the server's memory as they always shared its database: each builds its own data.
 */
@ArquillianSuiteDeployment
public final class Deployments {

    private Deployments() {}

    /** The DataCite stand-in starts first: the server registers the DOI of every release the tests publish. */
    @Deployment(testable = false)
    public static WebArchive builtWar() {
        DataCiteStandIn.start();
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(TestEnvironment.warFile()));
    }
}
