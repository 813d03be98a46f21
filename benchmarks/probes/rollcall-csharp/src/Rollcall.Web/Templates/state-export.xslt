<?xml version="1.0" encoding="utf-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="xml" indent="yes" encoding="utf-8" />

  <xsl:template match="/attendance">
    <StateAttendanceReport districtCode="{@district}" period="{@period}">
      <xsl:apply-templates select="student" />
    </StateAttendanceReport>
  </xsl:template>

  <xsl:template match="student">
    <Student localId="{@number}">
      <DaysEnrolled><xsl:value-of select="count(day)" /></DaysEnrolled>
      <DaysPresent><xsl:value-of select="count(day[@status='Present' or @status='Late'])" /></DaysPresent>
      <DaysExcused><xsl:value-of select="count(day[@status='Excused'])" /></DaysExcused>
      <DaysUnexcused><xsl:value-of select="count(day[@status='Absent'])" /></DaysUnexcused>
    </Student>
  </xsl:template>
</xsl:stylesheet>
