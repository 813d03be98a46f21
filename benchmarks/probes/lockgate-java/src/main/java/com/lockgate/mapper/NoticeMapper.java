package com.lockgate.mapper;

import com.lockgate.model.LockNotice;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

import java.util.List;

public interface NoticeMapper {

    @Select("SELECT id, lock_code, title, body, template_source, author, published_at FROM lock_notice WHERE lock_code = #{lockCode} ORDER BY published_at DESC LIMIT 20")
    List<LockNotice> findForLock(@Param("lockCode") String lockCode);

    @Select("SELECT id, lock_code, title, body, template_source, author, published_at FROM lock_notice WHERE id = #{id}")
    LockNotice findById(@Param("id") long id);

    @Insert("INSERT INTO lock_notice (lock_code, title, body, template_source, author, published_at) "
            + "VALUES (#{lockCode}, #{title}, #{body}, #{templateSource}, #{author}, now())")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    void insert(LockNotice notice);

    @Update("UPDATE lock_notice SET title = #{title}, body = #{body}, template_source = #{templateSource} WHERE id = #{id}")
    int update(LockNotice notice);
}
