package org.regindex.codebook.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.regindex.codebook.control.Deadline;
import org.regindex.codebook.entity.Codebook;
import org.regindex.codebook.entity.Cycle;
import org.regindex.codebook.entity.Region;
import org.regindex.platform.boundary.PageMessages;
import org.regindex.platform.boundary.PageTexts;
import org.regindex.platform.entity.Refusal;

/** The cycles page: every round with its deadline, and a new round on a codebook version. */
@Named
@RequestScoped
public class CyclesBacking {

    @Inject
    CycleAdministration administration;

    @Inject
    CodebookCatalog catalog;

    @Inject
    RegionDirectory directory;

    @Inject
    Clock clock;

    private List<Cycle> cycles;
    private List<Region> regions;

    private String code;
    private String name;
    private String codebook;
    private LocalDate deadline;
    private List<String> regionCodes;

    public List<Cycle> getCycles() {
        if (cycles == null) {
            cycles = administration.list();
        }
        return cycles;
    }

    public long daysLeft(Cycle cycle) {
        return Deadline.daysLeft(cycle.deadline(), LocalDate.now(clock));
    }

    public String deadlineText(Cycle cycle) {
        return DeadlineText.of(daysLeft(cycle));
    }

    public List<Codebook> getCodebooks() {
        return catalog.list();
    }

    /** How a codebook version travels in the form: {@code code:version}. */
    public String key(Codebook version) {
        return version.code() + ":" + version.version();
    }

    public List<Region> getRegions() {
        if (regions == null) {
            regions = directory.list();
        }
        return regions;
    }

    public void create() {
        try {
            String[] chosen = codebook.split(":", -1);
            Cycle cycle =
                    administration.create(code, name, chosen[0], Integer.parseInt(chosen[1]), deadline, regionCodes);
            PageMessages.done(PageTexts.text(
                    "cycles.done.created",
                    cycle.code(),
                    String.valueOf(cycle.regions().size()),
                    cycle.codebook().reference()));
            code = null;
            name = null;
            cycles = null;
        } catch (Refusal refused) {
            PageMessages.refused(refused);
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCodebook() {
        return codebook;
    }

    public void setCodebook(String codebook) {
        this.codebook = codebook;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    /** Every region is in a new round unless the coordinator takes some out. */
    public List<String> getRegionCodes() {
        if (regionCodes == null) {
            regionCodes =
                    new ArrayList<>(getRegions().stream().map(Region::code).toList());
        }
        return regionCodes;
    }

    public void setRegionCodes(List<String> regionCodes) {
        this.regionCodes = regionCodes;
    }
}
