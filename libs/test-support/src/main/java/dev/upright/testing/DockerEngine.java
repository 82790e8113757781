package dev.upright.testing;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.utility.DockerImageName;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;

/** The Docker engine Testcontainers finds (environment, socket or its own configuration), asked for real. */
final class DockerEngine implements ServerSelection.Engine {

    /** A pull that has not finished by then counts as impossible: a fallback beats a test run that hangs. */
    private static final long PULL_LIMIT_MINUTES = 10;

    @Override
    public boolean answers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public List<String> missing(List<String> images) {
        DockerClient docker = DockerClientFactory.instance().client();
        return images.stream().filter(image -> !present(docker, image) && !pulled(docker, image)).toList();
    }

    private static boolean present(DockerClient docker, String image) {
        try {
            docker.inspectImageCmd(image).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private static boolean pulled(DockerClient docker, String image) {
        System.out.println("Test servers: pulling " + image);
        var name = DockerImageName.parse(image);
        try {
            boolean finished = docker.pullImageCmd(name.getUnversionedPart()).withTag(name.getVersionPart()).start()
                    .awaitCompletion(PULL_LIMIT_MINUTES, TimeUnit.MINUTES);
            return finished && present(docker, image);
        } catch (RuntimeException e) {
            System.out.println("Test servers: could not pull " + image + ": " + e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
