package org.regindex.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regindex.codebook.control.RegionNames;
import org.regindex.codebook.entity.InvalidRegion;
import org.regindex.codebook.entity.Region;
import org.regindex.platform.control.Spreadsheets;
import org.regindex.platform.entity.Grid;
import org.regindex.platform.entity.ImportProblem;

class RegionNamesTest {

    private static Grid grid(String csv) {
        return Spreadsheets.read("regions.csv", csv.getBytes(StandardCharsets.UTF_8), "regions");
    }

    @Test
    void theNameColumnsOfOtherLanguagesGiveEachRowItsNamesAndAnEmptyCellNone() {
        List<ImportProblem> problems = new ArrayList<>();
        Map<Integer, Map<String, String>> names = RegionNames.read(
                grid("code,name,country,name@de,NAME@ES\nES51,Catalonia,ES,Katalonien,Cataluña\nDE3,Berlin,DE,,\n"),
                problems);
        assertEquals(Map.of(2, Map.of("de", "Katalonien", "es", "Cataluña"), 3, Map.of()), names);
        assertEquals(List.of(), problems);
    }

    @Test
    void aNameTooLongIsARowProblemWithItsColumn() {
        List<ImportProblem> problems = new ArrayList<>();
        RegionNames.read(grid("code,name,country,name@de\nES51,Catalonia,ES," + "x".repeat(201) + "\n"), problems);
        assertEquals(
                List.of(new ImportProblem(
                        "regions.csv", 2, "D (name@de)", "A region name has at most 200 characters.")),
                problems);
    }

    @Test
    void aRegionIsNamedOnlyInTheLanguagesOfThePages() {
        Region region = new Region("ES51", "Catalonia", "ES");
        region.name("es", " Cataluña ");
        assertEquals(Map.of("es", "Cataluña"), region.names());
        region.name("es", "");
        assertEquals(Map.of(), region.names());
        assertThrows(InvalidRegion.class, () -> region.name("xx", "Catalogne"));
    }
}
