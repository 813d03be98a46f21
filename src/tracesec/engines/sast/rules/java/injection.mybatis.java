import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

// MyBatis: #{...} binds a parameter, ${...} pastes it into the SQL text
interface ClaimQueries {
    // ok: trace.java.sql-injection.mybatis-text-substitution
    @Select("SELECT * FROM claims WHERE region = #{region} AND status = 'OPEN'")
    List<Object> openInRegion(@Param("region") String region);

    // ruleid: trace.java.sql-injection.mybatis-text-substitution
    @Select("SELECT * FROM claims WHERE adjuster_id = #{adjusterId} ORDER BY ${orderBy}")
    List<Object> assignedTo(@Param("adjusterId") String adjusterId, @Param("orderBy") String orderBy);

    // ruleid: trace.java.sql-injection.mybatis-text-substitution
    @Update({"UPDATE claims SET status = #{status}", "WHERE ${column} = #{value}"})
    int updateWhere(@Param("status") String status, @Param("column") String column, @Param("value") String value);

    // ok: trace.java.sql-injection.mybatis-text-substitution
    @Select("SELECT COUNT(*) FROM claims")
    int count();
}
