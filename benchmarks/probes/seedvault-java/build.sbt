name := "seedvault"
organization := "org.regionalseedbank"
version := "1.4.2"

lazy val root = (project in file("."))
  .enablePlugins(PlayJava, PlayEbean)

scalaVersion := "2.13.12"

libraryDependencies ++= Seq(
  guice,
  javaJdbc,
  "org.postgresql" % "postgresql" % "42.7.3",
  "org.sql2o" % "sql2o" % "1.6.0",
  "com.linecorp.armeria" % "armeria" % "1.27.3",
  "gg.jte" % "jte" % "3.1.9",
  "com.github.jknack" % "handlebars" % "4.3.1",
  "org.apache.pulsar" % "pulsar-client" % "3.2.2",
  "com.squareup.okhttp3" % "okhttp" % "4.12.0",
  "com.auth0" % "java-jwt" % "4.4.0",
  "org.openjdk.nashorn" % "nashorn-core" % "15.4",
  "com.google.guava" % "guava" % "33.0.0-jre"
)

javacOptions ++= Seq("--release", "17", "-Xlint:unchecked")

Compile / unmanagedResourceDirectories += baseDirectory.value / "app" / "jte"
