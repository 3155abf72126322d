# syntax=docker/dockerfile:1
# Build: docker build -t chibo .
# Run:   docker run -e CHIBO_BOT_TOKEN=... -v chibo-data:/app/data chibo

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY content/pom.xml content/pom.xml
COPY scheduler/pom.xml scheduler/pom.xml
COPY localapi/pom.xml localapi/pom.xml
COPY bot/pom.xml bot/pom.xml
COPY benchmark/pom.xml benchmark/pom.xml
RUN ./mvnw -B -q dependency:go-offline -DexcludeReactor=true || true
COPY content content
COPY scheduler scheduler
COPY localapi localapi
COPY bot bot
# The image needs the bot and what it is built from (the local Bot API server runs the no-token sandbox); not the benchmarks.
RUN ./mvnw -B -q -DskipTests -pl bot -am package

FROM eclipse-temurin:17-jre
RUN groupadd --system chibo && useradd --system --gid chibo --home-dir /app --shell /usr/sbin/nologin chibo
WORKDIR /app
COPY --from=build /src/bot/target/chibo.jar /app/chibo.jar
RUN mkdir -p /app/data && chown -R chibo:chibo /app
USER chibo
ENV TZ=Asia/Ho_Chi_Minh \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Duser.timezone=Asia/Ho_Chi_Minh -Dfile.encoding=UTF-8"
VOLUME ["/app/data"]
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/chibo.jar"]
