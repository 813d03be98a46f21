package repositories;

import io.ebean.DB;
import models.Member;

import javax.inject.Singleton;
import java.util.Optional;

@Singleton
public class MemberRepository {

    public Optional<Member> findByUsername(String username) {
        return DB.find(Member.class).fetch("garden").where().ieq("username", username).findOneOrEmpty();
    }

    public Optional<Member> findByResetToken(String token) {
        return DB.find(Member.class).where().eq("resetToken", token).findOneOrEmpty();
    }

    public boolean exists(String username) {
        return DB.find(Member.class).where().ieq("username", username).exists();
    }

    public void save(Member member) {
        DB.save(member);
    }

    public void update(Member member) {
        DB.update(member);
    }
}
