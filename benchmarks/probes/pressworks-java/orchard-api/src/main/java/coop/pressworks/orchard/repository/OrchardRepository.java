package coop.pressworks.orchard.repository;

import coop.pressworks.orchard.model.OrchardModels.BlockRegistration;
import coop.pressworks.orchard.model.OrchardModels.OrchardBlock;
import coop.pressworks.orchard.model.OrchardModels.SprayApplication;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Orchard blocks and spray records. The schema predates the jOOQ code generator
 * being wired into the build, so queries use plain-SQL fields and tables.
 */
@Singleton
public class OrchardRepository {

    private static final String BLOCK_COLUMNS =
            "b.id, b.grower_id, b.block_code, b.variety, b.rootstock, b.tree_count, b.hectares, "
                    + "b.latitude, b.longitude, b.station_host, b.planted_on";

    private final DSLContext dsl;

    public OrchardRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<OrchardBlock> findBlocks(String variety, Long growerId, String sortExpression, int limit) {
        List<Condition> filters = new ArrayList<>();
        if (variety != null && !variety.isBlank()) {
            filters.add(DSL.condition("lower(b.variety) = lower(?)", variety)); // SAFE sqli
        }
        if (growerId != null) {
            filters.add(DSL.field("b.grower_id", Long.class).eq(growerId));
        }
        return dsl.select(DSL.field(BLOCK_COLUMNS)).from(DSL.table("orchard_block").as("b")).where(filters).orderBy(DSL.field(sortExpression)).limit(limit).fetch(this::toBlock); // VULN sqli
    }

    public Optional<OrchardBlock> findBlock(long blockId) {
        return dsl.select(DSL.field(BLOCK_COLUMNS))
                .from(DSL.table("orchard_block").as("b"))
                .where(DSL.field("b.id", Long.class).eq(blockId))
                .fetchOptional(this::toBlock);
    }

    public Optional<OrchardBlock> findBlockByCode(long growerId, String blockCode) {
        return dsl.select(DSL.field(BLOCK_COLUMNS))
                .from(DSL.table("orchard_block").as("b"))
                .where(DSL.field("b.grower_id", Long.class).eq(growerId))
                .and(DSL.field("b.block_code", String.class).eq(blockCode))
                .fetchOptional(this::toBlock);
    }

    public long insertBlock(BlockRegistration registration) {
        Record created = dsl.insertInto(DSL.table("orchard_block"))
                .columns(
                        DSL.field("grower_id"), DSL.field("block_code"), DSL.field("variety"),
                        DSL.field("rootstock"), DSL.field("tree_count"), DSL.field("hectares"),
                        DSL.field("latitude"), DSL.field("longitude"), DSL.field("station_host"),
                        DSL.field("planted_on"))
                .values(
                        registration.growerId(), registration.blockCode(), registration.variety(),
                        registration.rootstock(), registration.treeCount(), registration.hectares(),
                        registration.latitude(), registration.longitude(), registration.stationHost(),
                        registration.plantedOn() == null ? null : Date.valueOf(registration.plantedOn()))
                .returningResult(DSL.field("id", Long.class))
                .fetchOne();
        return created == null ? -1L : created.get(0, Long.class);
    }

    public int insertSprayApplications(long growerId, List<SprayApplication> applications) {
        int written = 0;
        for (SprayApplication a : applications) {
            written += dsl.insertInto(DSL.table("spray_application"))
                    .columns(
                            DSL.field("grower_id"), DSL.field("block_code"), DSL.field("applied_on"),
                            DSL.field("product"), DSL.field("active_ingredient"), DSL.field("rate_per_ha"),
                            DSL.field("re_entry_hours"), DSL.field("phi_days"))
                    .values(
                            growerId, a.blockCode(), Date.valueOf(a.appliedOn()), a.product(),
                            a.activeIngredient(), a.ratePerHa(), a.reEntryHours(), a.preHarvestIntervalDays())
                    .execute();
        }
        return written;
    }

    public List<String> blockCodesForGrower(long growerId) {
        return dsl.select(DSL.field("block_code", String.class))
                .from(DSL.table("orchard_block"))
                .where(DSL.field("grower_id", Long.class).eq(growerId))
                .fetch(0, String.class);
    }

    private OrchardBlock toBlock(Record r) {
        Date planted = r.get("planted_on", Date.class);
        return new OrchardBlock(
                r.get("id", Long.class),
                r.get("grower_id", Long.class),
                r.get("block_code", String.class),
                r.get("variety", String.class),
                r.get("rootstock", String.class),
                r.get("tree_count", Integer.class),
                r.get("hectares", BigDecimal.class),
                r.get("latitude", Double.class),
                r.get("longitude", Double.class),
                r.get("station_host", String.class),
                planted == null ? LocalDate.of(1970, 1, 1) : planted.toLocalDate());
    }
}
