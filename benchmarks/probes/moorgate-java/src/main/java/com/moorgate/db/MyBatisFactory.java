package com.moorgate.db;

import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

import javax.sql.DataSource;

public final class MyBatisFactory {

    private MyBatisFactory() {
    }

    public static SqlSessionFactory build(DataSource dataSource) {
        Environment environment = new Environment("moorgate", new JdbcTransactionFactory(), dataSource);
        Configuration configuration = new Configuration(environment);
        configuration.setMapUnderscoreToCamelCase(true);
        configuration.setDefaultStatementTimeout(30);
        configuration.addMapper(ClaimMapper.class);
        configuration.addMapper(PolicyMapper.class);
        return new SqlSessionFactoryBuilder().build(configuration);
    }
}
