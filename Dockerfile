# The app image: the war built from this checkout, on the official Payara Micro image.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY src src
COPY db db
RUN mvn -B -q -DskipTests package

FROM payara/micro:6.2025.10-jdk17
COPY --from=build /src/target/regindex.war /opt/payara/deployments/regindex.war
# The evidence files' folder, owned by the app's user: a new named volume mounted there takes its owner.
USER root
RUN mkdir -p /var/lib/regindex/files && chown payara /var/lib/regindex/files
USER payara
EXPOSE 8080
# Instances of the compose service "app" find each other by its DNS name and share signed-in sessions
# (README.md, "More than one instance").
CMD ["--deploy", "/opt/payara/deployments/regindex.war", "--contextroot", "/", "--port", "8080", \
     "--clustername", "regindex", "--clustermode", "dns:app:6900", "--startport", "6900"]
