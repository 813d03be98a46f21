package coop.pressworks.orchard.repository;

import coop.pressworks.orchard.model.GrowerModels.GrowerProfile;
import coop.pressworks.orchard.model.GrowerModels.GrowerProfileUpdate;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * Public-facing grower profile shown on the member portal and the farm-gate map.
 */
@Singleton
public class GrowerProfileRepository {

    private final DSLContext dsl;

    public GrowerProfileRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<GrowerProfile> find(long growerId) {
        return dsl.select()
                .from(DSL.table("grower_profile"))
                .where(DSL.field("grower_id", Long.class).eq(growerId))
                .fetchOptional(this::toProfile);
    }

    public void upsert(long growerId, GrowerProfileUpdate update) {
        Timestamp now = Timestamp.from(Instant.now());
        dsl.insertInto(DSL.table("grower_profile"))
                .columns(
                        DSL.field("grower_id"), DSL.field("display_name"), DSL.field("farm_name"),
                        DSL.field("farm_story_html"), DSL.field("website"), DSL.field("social_url"),
                        DSL.field("region"), DSL.field("updated_at"))
                .values(
                        growerId, update.displayName(), update.farmName(), update.farmStoryHtml(),
                        update.website(), update.socialUrl(), update.region(), now)
                .onConflict(DSL.field("grower_id"))
                .doUpdate()
                .set(DSL.field("display_name"), update.displayName())
                .set(DSL.field("farm_name"), update.farmName())
                .set(DSL.field("farm_story_html"), update.farmStoryHtml())
                .set(DSL.field("website"), update.website())
                .set(DSL.field("social_url"), update.socialUrl())
                .set(DSL.field("region"), update.region())
                .set(DSL.field("updated_at"), now)
                .execute();
    }

    private GrowerProfile toProfile(Record r) {
        return new GrowerProfile(
                r.get("grower_id", Long.class),
                r.get("display_name", String.class),
                r.get("farm_name", String.class),
                r.get("farm_story_html", String.class),
                r.get("website", String.class),
                r.get("social_url", String.class),
                r.get("region", String.class),
                r.get("updated_at", Timestamp.class).toInstant());
    }
}
