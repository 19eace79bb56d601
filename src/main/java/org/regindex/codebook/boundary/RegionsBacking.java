package org.regindex.codebook.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.regindex.codebook.entity.Region;

@Named
@RequestScoped
public class RegionsBacking {

    @Inject
    RegionDirectory directory;

    private List<Region> regions;

    public List<Region> getRegions() {
        if (regions == null) {
            regions = directory.list();
        }
        return regions;
    }
}
