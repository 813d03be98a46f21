addSbtPlugin("org.playframework" % "sbt-plugin" % "3.0.2")
addSbtPlugin("org.playframework" % "sbt-play-ebean" % "8.0.0")
