package repositories;

import io.ebean.DB;
import models.Garden;

import javax.inject.Singleton;
import java.util.List;
import java.util.Optional;

@Singleton
public class GardenRepository {

    public Optional<Garden> findByCode(String code) {
        return DB.find(Garden.class).where().eq("code", code).eq("active", true).findOneOrEmpty();
    }

    public Optional<Garden> findById(long id) {
        return Optional.ofNullable(DB.find(Garden.class, id));
    }

    public List<Garden> activeGardens() {
        return DB.find(Garden.class).where().eq("active", true).orderBy("name").findList();
    }

    public void update(Garden garden) {
        DB.update(garden);
    }
}
