package com.lockgate.config;

import com.lockgate.mapper.BookingMapper;
import com.lockgate.mapper.LicenceMapper;
import com.lockgate.mapper.MooringMapper;
import com.lockgate.mapper.NoticeMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

import javax.sql.DataSource;

/**
 * Owns the connection pool and the MyBatis session factory.
 */
public final class Database {

    private static volatile Database instance;

    private final HikariDataSource dataSource;
    private final SqlSessionFactory sessionFactory;

    private Database(AppConfig config) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(config.require("db.url"));
        hc.setUsername(config.require("db.user"));
        hc.setPassword(config.require("db.password"));
        hc.setMaximumPoolSize(config.intValue("db.pool.size", 12));
        hc.setPoolName("lockgate");
        this.dataSource = new HikariDataSource(hc);

        Environment env = new Environment("lockgate", new JdbcTransactionFactory(), dataSource);
        Configuration mb = new Configuration(env);
        mb.setMapUnderscoreToCamelCase(true);
        mb.addMapper(BookingMapper.class);
        mb.addMapper(MooringMapper.class);
        mb.addMapper(LicenceMapper.class);
        mb.addMapper(NoticeMapper.class);
        this.sessionFactory = new SqlSessionFactoryBuilder().build(mb);
    }

    public static Database get() {
        Database local = instance;
        if (local == null) {
            synchronized (Database.class) {
                local = instance;
                if (local == null) {
                    local = new Database(AppConfig.get());
                    instance = local;
                }
            }
        }
        return local;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public SqlSession openSession() {
        return sessionFactory.openSession(true);
    }
}
