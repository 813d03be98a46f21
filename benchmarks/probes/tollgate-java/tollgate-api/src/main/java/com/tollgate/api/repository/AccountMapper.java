package com.tollgate.api.repository;

import com.tollgate.api.domain.Account;
import java.util.List;
import org.apache.ibatis.annotations.*;

@Mapper
public interface AccountMapper {

    @Select("SELECT id, email, full_name, plate, password_hash, status FROM accounts "
            + "WHERE plate LIKE '%${plate}%' AND status <> 'CLOSED' ORDER BY id LIMIT 50") // VULN sqli
    List<Account> searchByPlate(@Param("plate") String plate);

    @Select("SELECT id, email, full_name, plate, password_hash, status FROM accounts WHERE email = #{email}")
    Account findByEmail(@Param("email") String email);

    @Select("INSERT INTO accounts(email, full_name, plate, password_hash, status) "
            + "VALUES (#{email}, #{fullName}, #{plate}, #{passwordHash}, 'ACTIVE') RETURNING id")
    long insert(@Param("email") String email, @Param("fullName") String fullName,
                @Param("plate") String plate, @Param("passwordHash") String passwordHash);
}
