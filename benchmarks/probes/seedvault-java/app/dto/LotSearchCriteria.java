package dto;

import play.mvc.Http;

import java.util.Optional;

/** Query-string backed search filter for the lot browser. */
public final class LotSearchCriteria {

    public final String species;
    public final String gardenCode;
    public final Integer harvestYear;
    public final String sort;
    public final boolean descending;
    public final int page;

    public LotSearchCriteria(String species, String gardenCode, Integer harvestYear,
                             String sort, boolean descending, int page) {
        this.species = species;
        this.gardenCode = gardenCode;
        this.harvestYear = harvestYear;
        this.sort = sort;
        this.descending = descending;
        this.page = Math.max(0, page);
    }

    public static LotSearchCriteria from(Http.Request request) {
        String species = request.queryString("q").map(String::trim).orElse("");
        String garden = request.queryString("garden").orElse(null);
        Integer year = request.queryString("year").flatMap(LotSearchCriteria::parseInt).orElse(null);
        String sort = request.queryString("sort").orElse("accession");
        boolean desc = request.queryString("dir").map("desc"::equalsIgnoreCase).orElse(false);
        int page = request.queryString("page").flatMap(LotSearchCriteria::parseInt).orElse(0);
        return new LotSearchCriteria(species, garden, year, sort, desc, page);
    }

    private static Optional<Integer> parseInt(String raw) {
        try {
            return Optional.of(Integer.parseInt(raw.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public boolean hasSpecies() {
        return species != null && !species.isEmpty();
    }
}
