package org.regindex.testsupport;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** How a person works PrimeFaces widgets, for browser tests: menus, uploads, messages, AJAX. */
public final class PrimeFaces {

    private PrimeFaces() {}

    /** Waits until no PrimeFaces AJAX request is queued or running. */
    public static void settle(WebDriver browser) {
        Browser.waitUpTo(browser, 30)
                .until(
                        driver -> Boolean.TRUE.equals(
                                ((JavascriptExecutor) driver)
                                        .executeScript(
                                                "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0));")));
    }

    /**
     * Opens a p:selectOneMenu by its client id and picks the item with this label. A click on the menu that
     * lands during an AJAX update opens nothing, one on an item while the panel still fades in is lost, and
     * one while a long list still scrolls picks a neighbour: so the menu is opened whenever its panel is
     * closed, and the pick is repeated until the panel is closed and the menu shows this label.
     */
    public static void choose(WebDriver browser, String menuId, String label) {
        By panel = By.id(menuId + "_panel");
        By item = By.xpath("//*[@id='" + menuId + "_panel']//li[@data-label=" + literal(label) + "]");
        for (int attempt = 1; ; attempt++) {
            try {
                if (browser.findElements(panel).stream().noneMatch(WebElement::isDisplayed)) {
                    settle(browser);
                    browser.findElement(By.id(menuId)).click();
                }
                reachable(browser, item).click();
                Browser.waitUpTo(browser, 2).until(ExpectedConditions.invisibilityOfElementLocated(panel));
                String chosen = chosen(browser, menuId);
                if (label.equals(chosen)) {
                    break;
                }
                if (attempt == 4) {
                    throw new TimeoutException("The menu " + menuId + " has \"" + chosen + "\", not \"" + label + "\"");
                }
            } catch (TimeoutException | ElementNotInteractableException | StaleElementReferenceException missed) {
                if (attempt == 4) {
                    throw missed;
                }
            }
        }
        settle(browser);
    }

    /**
     * The item scrolled into the middle of its list, once it is the element a click at its centre would
     * hit: the list may still be scrolling to the chosen option when the panel opens.
     */
    private static WebElement reachable(WebDriver browser, By item) {
        WebElement element = Browser.waitUpTo(browser, 5).until(ExpectedConditions.elementToBeClickable(item));
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        Browser.waitUpTo(browser, 5)
                .until(driver -> Boolean.TRUE.equals(script.executeScript(
                        "var r = arguments[0].getBoundingClientRect();"
                                + " var hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                                + " return hit !== null && arguments[0].contains(hit);",
                        element)));
        return element;
    }

    /** The label of the option a p:selectOneMenu has chosen, read from its hidden select (never stale). */
    private static String chosen(WebDriver browser, String menuId) {
        Object text = ((JavascriptExecutor) browser)
                .executeScript(
                        "var s = document.getElementById(arguments[0]);"
                                + " return s && s.selectedIndex >= 0 ? s.options[s.selectedIndex].text : null;",
                        menuId + "_input");
        return text == null ? null : text.toString().strip();
    }

    /**
     * Answers the page's confirmation dialog (p:confirm) with its "yes" button, and returns the question it
     * asked.
     */
    public static String confirm(WebDriver browser) {
        WebElement dialog = Browser.waitUpTo(browser, 10)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        String question =
                dialog.findElement(By.cssSelector(".ui-confirm-dialog-message")).getText();
        Browser.waitUpTo(browser, 10)
                .until(ExpectedConditions.elementToBeClickable(
                        dialog.findElement(By.cssSelector(".ui-confirmdialog-yes"))))
                .click();
        Browser.waitUpTo(browser, 10).until(ExpectedConditions.invisibilityOf(dialog));
        return question;
    }

    /** Chooses a file in a simple-mode p:fileUpload inside the form with this id. */
    public static void chooseFile(WebDriver browser, String formId, Path file) {
        browser.findElement(By.cssSelector("form[id='" + formId + "'] input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
    }

    /** The texts of the page's global messages (p:messages with id "messages"), in order. */
    public static List<String> messages(WebDriver browser) {
        return browser.findElements(By.cssSelector("#messages li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Waits for a global message containing this text, and returns its whole text. */
    public static String awaitMessage(WebDriver browser, String part) {
        settle(browser);
        // A read that races with the AJAX update replacing the messages ("node does not belong to the document")
        // is read again.
        return Browser.waitUpTo(browser, 30)
                .ignoring(WebDriverException.class)
                .until(driver -> messages(driver).stream()
                        .filter(message -> message.contains(part))
                        .findFirst()
                        .orElse(null));
    }

    /** An XPath string literal, for labels that may contain quotes. */
    static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
