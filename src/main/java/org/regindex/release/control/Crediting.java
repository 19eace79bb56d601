package org.regindex.release.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.regindex.codebook.entity.Cycle;
import org.regindex.identity.entity.Party;
import org.regindex.release.entity.Credit;
import org.regindex.release.entity.Licence;
import org.regindex.release.entity.Release;

/**
 * The licence and credit a release is frozen with: the consortium's from the configuration
 * ({@code CITATION_PUBLISHER}, {@code CREDIT_CREATORS}, {@code CREDIT_FUNDER}, {@code CREDIT_CONTACT},
 * {@code RELEASE_LICENCE}) and the cycle's contributors. An empty configuration value counts as not set.
 */
@ApplicationScoped
public class Crediting {

    @Inject
    @ConfigProperty(name = "citation.publisher")
    String publisher;

    @Inject
    @ConfigProperty(name = "credit.creators")
    Optional<String> creators;

    @Inject
    @ConfigProperty(name = "credit.funder")
    Optional<String> funder;

    @Inject
    @ConfigProperty(name = "credit.contact")
    Optional<String> contact;

    @Inject
    @ConfigProperty(name = "release.licence")
    String licence;

    /** The licence given at freeze, or the configured default when none is. */
    public Licence licence(String chosen) {
        return Licence.bySpdx(chosen == null || chosen.isBlank() ? licence : chosen);
    }

    public Licence defaultLicence() {
        return Licence.bySpdx(licence);
    }

    public Credit of(Cycle cycle) {
        return new Credit(publisher, consortium(), cycle.contributors(), funder.orElse(""), contact.orElse(""));
    }

    /** The credit a release was frozen with; releases frozen before credit existed get today's configured one. */
    public Credit of(Release release) {
        return release.credit() == null
                ? new Credit(publisher, consortium(), List.of(), funder.orElse(""), contact.orElse(""))
                : CreditJson.read(release.credit());
    }

    private List<Party> consortium() {
        List<Party> parties = new ArrayList<>();
        Arrays.stream(creators.orElse("").split(";"))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .forEach(name -> parties.add(Party.organisation(name)));
        return parties;
    }
}
