package org.eassms.eas.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eassms.eas.phone.PhoneSimulator;
import org.eassms.eas.protocol.common.MessageData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in a real headless browser (Debian's chromium through its chromedriver) against the
 * whole system: a user signs in, writes an SMS, the phone simulator hanging on its Outbox relays
 * it, and the page shows it {@code sent} without a reload; a second user sees nothing of the first.
 * Screenshots of each step go to e2e-tests/target/screenshots (the README's come from there).
 */
class WebPageIT extends WholeSystemIT {
    private static final String BOB = "+14255550143";
    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("EAS_CHROMIUM", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--window-size=900,900");
        ChromeDriverService driver =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(
                                new File(executable("EAS_CHROMEDRIVER", "/usr/bin/chromedriver")))
                        .usingAnyFreePort()
                        .build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aUserSendsAnSmsFromThePageAndSeesItGoOutThroughThePhone() throws Exception {
        String user = Scenario.newUser(system);
        PhoneSimulator phone = Scenario.registeredPhone(system, user);
        phone.receive(BOB, "Are you coming tonight?", Instant.now().minusSeconds(60));
        CompletableFuture<List<MessageData>> relayed = Scenario.hang(system, phone::relayOnce);

        signIn(user);
        screenshot("conversations");
        assertTrue(
                text(By.id("relay-status")).contains(Scenario.NUMBER),
                "the page names the phone that sends: " + text(By.id("relay-status")));
        browser.findElement(By.linkText(BOB)).click();
        assertTrue(text(By.id("messages")).contains("Are you coming tonight?"));

        browser.findElement(By.id("body")).sendKeys("Yes, at 8!");
        browser.findElement(By.id("send")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlContains("/web/conversations/"));

        assertEquals("Yes, at 8!", relayed.get(10, TimeUnit.SECONDS).get(0).body().data());
        // The page follows its SMS until the phone filed it in Sent Items, without a reload.
        WebElement sms =
                new WebDriverWait(browser, Duration.ofSeconds(10))
                        .until(
                                ExpectedConditions.presenceOfElementLocated(
                                        By.cssSelector("#messages li.out")));
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(
                        ExpectedConditions.textToBePresentInElement(
                                sms.findElement(By.className("status")), "sent"));
        screenshot("conversation-sent");
    }

    @Test
    void aSecondUserSeesNothingOfTheFirst() throws Exception {
        String first = Scenario.newUser(system);
        PhoneSimulator phone = Scenario.registeredPhone(system, first);
        phone.receive(BOB, "Secret plans", Instant.now());

        String second = Scenario.newUser(system);
        signIn(second);
        assertTrue(text(By.id("no-conversations")).contains("No text messages yet."));
        assertTrue(
                text(By.id("relay-status")).contains("No phone sends SMS for you yet"),
                text(By.id("relay-status")));
        browser.get(system.syncUrl() + "/web/conversations/%2B14255550143");
        assertFalse(browser.getPageSource().contains("Secret plans"));
        screenshot("no-phone");

        browser.findElement(By.id("sign-out")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlMatches("/web/login$"));
    }

    @Test
    void aWrongPasswordIsSaidPlainly() throws Exception {
        String user = Scenario.newUser(system);
        browser.get(system.syncUrl() + "/web");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("not the password");
        browser.findElement(By.id("sign-in")).click();
        assertEquals("Wrong user name or password.", text(By.id("login-error")));
    }

    private void signIn(String user) {
        browser.get(system.syncUrl() + "/web");
        assertTrue(browser.getCurrentUrl().endsWith("/web/login"), browser.getCurrentUrl());
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(Scenario.PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        assertEquals(user, text(By.id("signed-in-as")));
    }

    /**
     * The element's text once the page that holds it has loaded: a click on a form's button returns
     * before the browser has followed the server's 303 to the next page.
     */
    private String text(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(locator))
                .getText();
    }

    private void screenshot(String name) throws Exception {
        Path target = Path.of("target/screenshots");
        Files.createDirectories(target);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(
                shot.toPath(), target.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String executable(String variable, String fallback) {
        String configured = System.getenv(variable);
        return configured == null || configured.isBlank() ? fallback : configured;
    }
}
